package dl.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shape logic backends share ({@link Shapes}) and the window of the optional kernels. */
class KernelShapesTest {
  private static String error(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void reshapeInfersOneAxis() {
    assertArrayEquals(new int[] {4, 3}, Shapes.reshape("reshape", new int[] {2, 6}, -1, 3));
    assertArrayEquals(new int[] {0, 5}, Shapes.reshape("reshape", new int[] {0, 5}, 0, 5));
    assertEquals(
        "reshape: cannot reshape array of shape (2, 3) (size 6) into shape (4, 2)",
        error(() -> Shapes.reshape("reshape", new int[] {2, 3}, 4, 2)));
    assertTrue(error(() -> Shapes.reshape("reshape", new int[] {2, 3}, -1, 4)).contains("[-1, 4]"));
    assertTrue(error(() -> Shapes.reshape("reshape", new int[] {6}, -1, -1)).contains("invalid"));
  }

  @Test
  void permutationReversesByDefaultAndChecksAxes() {
    int[] s = {2, 3, 4};
    assertArrayEquals(new int[] {2, 1, 0}, Shapes.permutation("transpose", null, s));
    assertArrayEquals(
        new int[] {1, 2, 0}, Shapes.permutation("transpose", new int[] {1, -1, 0}, s));
    assertArrayEquals(new int[] {3, 4, 2}, Shapes.permute(s, new int[] {1, 2, 0}));
    assertTrue(
        error(() -> Shapes.permutation("transpose", new int[] {0, 0, 1}, s)).contains("repeated"));
    assertTrue(
        error(() -> Shapes.permutation("transpose", new int[] {0, 1}, s)).contains("(2, 3, 4)"));
  }

  @Test
  void broadcastStridesAndContiguity() {
    assertArrayEquals(
        new int[] {0, 0, 1}, Shapes.broadcastStrides(new int[] {1, 4}, new int[] {2, 3, 4}));
    assertArrayEquals(
        new int[] {3, 4}, Shapes.broadcast("binary ADD", new int[] {3, 1}, new int[] {4}));
    assertTrue(
        error(() -> Shapes.broadcast("where", new int[] {2}, new int[] {3})).startsWith("where: "));
    assertTrue(Shapes.isContiguous(new int[] {2, 3}, new int[] {3, 1}));
    assertTrue(Shapes.isContiguous(new int[] {2, 1}, new int[] {1, 7}));
    assertFalse(Shapes.isContiguous(new int[] {2, 3}, new int[] {1, 2}));
  }

  @Test
  void sliceGeometry() {
    Shapes.Slice g =
        Shapes.slice(
            "slice", new int[] {4, 5}, new int[] {3, 1}, new int[] {-1, 5}, new int[] {-2, 2});
    assertArrayEquals(new int[] {2, 2}, g.shape());
    assertArrayEquals(new int[] {-10, 2}, g.strides());
    assertEquals(16, g.base());
    assertTrue(
        error(
                () ->
                    Shapes.slice(
                        "slice", new int[] {4}, new int[] {0}, new int[] {4}, new int[] {0}))
            .contains("step cannot be zero"));
    assertTrue(
        error(
                () ->
                    Shapes.slice(
                        "slice", new int[] {4}, new int[] {2}, new int[] {6}, new int[] {1}))
            .contains("out of bounds"));
  }

  @Test
  void concatAndMatmulShapes() {
    assertArrayEquals(new int[] {2, 5}, Shapes.concat("concat", new int[][] {{2, 3}, {2, 2}}, -1));
    assertTrue(
        error(() -> Shapes.concat("concat", new int[][] {{2, 3}, {3, 2}}, 1)).contains("differ"));
    assertTrue(
        error(() -> Shapes.concat("concat", new int[][] {{}}, 0)).contains("zero-dimensional"));
    assertArrayEquals(
        new int[] {4, 4, 1, 2, 5, 3},
        Shapes.matmul(new int[] {4, 3, 2}, new int[] {1, 3, 5}, true, false));
    assertTrue(
        error(() -> Shapes.matmul(new int[] {2, 3}, new int[] {2, 3}, false, false))
            .contains("3 vs 2"));
  }

  @Test
  void windowOutputSizesFollowChainer() {
    Window w = Window.of(new int[] {3, 2}, new int[] {2, 2}, new int[] {1, 0}, null, false);
    assertArrayEquals(new int[] {4, 3}, w.outShape(new int[] {7, 6}));
    Window c = Window.of(new int[] {2}, new int[] {2}, new int[] {0}, new int[] {1}, true);
    assertArrayEquals(new int[] {4}, c.outShape(new int[] {7})); // cover_all: one more
    assertArrayEquals(new int[] {1, 1}, w.dilate());
    assertEquals(6, w.kernelSize());
    assertTrue(w.toString().contains("ksize=[3, 2]"));
    assertTrue(
        error(() -> Window.of(new int[] {0}, new int[] {1}, new int[] {0}, null, false))
            .contains("axis 0"));
    assertTrue(
        error(() -> Window.of(new int[] {2}, new int[] {1, 1}, new int[] {0}, null, false))
            .contains("one entry"));
  }

  @Test
  void backendKernelsAreOptionalByDefault() {
    Backend b = new OptionalOnly();
    Window w = Window.of(new int[] {2, 2}, new int[] {1, 1}, new int[] {0, 0}, null, false);
    assertEquals(null, b.convolution(null, null, null, w));
    assertEquals(null, b.convolutionGradData(null, null, new int[0], w));
    assertEquals(null, b.convolutionGradFilter(null, null, new int[0], w));
    assertEquals(null, b.maxPooling(null, w));
    assertEquals(null, b.maxPoolingGrad(null, null, new int[0], w));
    assertEquals(null, b.averagePooling(null, w, true));
    assertEquals(null, b.averagePoolingGrad(null, new int[0], w, false));
    assertTrue(Config.useKernels());
    try (Scope s = Config.using(Config.Key.USE_KERNELS, false)) {
      assertFalse(Config.useKernels());
    }
  }

  /** A backend that implements nothing but inherits the optional kernels' defaults. */
  private static final class OptionalOnly implements Backend {
    @Override
    public Device device() {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray full(int[] shape, double value, DType dtype) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray fromArray(float[] data, int... shape) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray fromArray(double[] data, int... shape) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray fromArray(int[] data, int... shape) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray arange(int start, int stop, DType dtype) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray randomUniform(int[] s, DType t, double lo, double hi, long seed) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray randomNormal(int[] s, DType t, double m, double sd, long seed) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray transferFrom(NdArray array) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray copy(NdArray a) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void copyInto(NdArray dst, NdArray src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray astype(NdArray a, DType dtype) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray reshape(NdArray a, int... shape) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray transpose(NdArray a, int... axes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray broadcastTo(NdArray a, int... shape) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray slice(NdArray a, int[] start, int[] stop, int[] step) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sliceAddInto(NdArray t, int[] start, int[] stop, int[] step, NdArray v) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray concat(NdArray[] arrays, int axis) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray unary(UnaryOp op, NdArray a) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray binary(BinaryOp op, NdArray a, NdArray b) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void binaryInto(BinaryOp op, NdArray target, NdArray b) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray binaryScalar(BinaryOp op, NdArray a, double s, boolean first) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray where(NdArray cond, NdArray a, NdArray b) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray reduce(ReduceOp op, NdArray a, int[] axes, boolean keepdims) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray argReduce(ReduceOp op, NdArray a, int axis) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray matmul(NdArray a, NdArray b, boolean ta, boolean tb) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray take(NdArray a, NdArray indices, int axis) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void takeAddInto(NdArray t, NdArray indices, int axis, NdArray v) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NdArray selectAlongAxis(NdArray a, NdArray indices, int axis) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void selectAddInto(NdArray t, NdArray indices, int axis, NdArray v) {
      throw new UnsupportedOperationException();
    }
  }
}
