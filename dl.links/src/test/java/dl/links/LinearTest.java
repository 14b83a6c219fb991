package dl.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Config;
import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Scope;
import dl.api.Variable;
import dl.api.spi.Engine;
import dl.links.initializers.Constant;
import dl.testing.Allclose;
import dl.testing.GradientCheck;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearTest {
  private static Variable x23() {
    return new Variable(NdArrays.of(new float[] {0, 1, 2, 3, 4, 5}, 2, 3));
  }

  /** x·Wᵀ + b by loops over the parameters' values. */
  private static double[] byHand(double[] x, int n, int in, double[] w, double[] b, int out) {
    double[] y = new double[n * out];
    for (int i = 0; i < n; i++) {
      for (int o = 0; o < out; o++) {
        double s = b == null ? 0 : b[o];
        for (int k = 0; k < in; k++) {
          s += x[i * in + k] * w[o * in + k];
        }
        y[i * out + o] = s;
      }
    }
    return y;
  }

  @Test
  void forwardIsXTimesWTransposedPlusB() {
    Rng.seed(1);
    Linear l = Linear.builder(4).inSize(3).initialBias(new dl.links.initializers.Normal(1)).build();
    assertArrayEquals(new int[] {4, 3}, l.W.shape());
    assertArrayEquals(new int[] {4}, l.b.shape());
    assertEquals(DType.FLOAT32, l.W.dtype());
    Variable x = x23();
    Variable y = l.call(x);
    assertArrayEquals(new int[] {2, 4}, y.shape());
    double[] expected =
        byHand(
            x.array().toDoubleArray(),
            2,
            3,
            l.W.array().toDoubleArray(),
            l.b.array().toDoubleArray(),
            4);
    Allclose.assertAllclose(expected, y.array().toDoubleArray(), 1e-6, 1e-5, "Linear(3, 4)");
  }

  @Test
  void defaultsAreLeCunNormalWeightAndZeroBias() {
    Rng.seed(3);
    Linear l = new Linear(2000, 300);
    assertEquals(2000, l.inSize());
    assertEquals(300, l.outSize());
    for (double v : l.b.array().toDoubleArray()) {
      assertEquals(0.0, v);
    }
    double[] w = l.W.array().toDoubleArray();
    double s = 0;
    for (double v : w) {
      s += v * v;
    }
    double std = Math.sqrt(s / w.length);
    // σ = √(1/2000); relative standard error of the estimate √(1/(2n)) = 0.09% for n = 600,000.
    assertEquals(1.0, std / Math.sqrt(1.0 / 2000), 5 * Math.sqrt(1.0 / (2 * w.length)));
  }

  @Test
  void lazyLinearInitialisesWOnTheFirstCall() {
    Linear l = new Linear(4);
    assertFalse(l.W.isInitialized());
    assertEquals(-1, l.inSize());
    assertEquals(List.of("/W", "/b"), List.copyOf(l.namedParams().keySet()));
    assertEquals(List.of("/b"), List.copyOf(l.namedParams(false).keySet()));
    Variable y = l.call(x23());
    assertTrue(l.W.isInitialized());
    assertArrayEquals(new int[] {4, 3}, l.W.shape());
    assertArrayEquals(new int[] {2, 4}, y.shape());
    double[] expected =
        byHand(
            x23().array().toDoubleArray(),
            2,
            3,
            l.W.array().toDoubleArray(),
            l.b.array().toDoubleArray(),
            4);
    Allclose.assertAllclose(expected, y.array().toDoubleArray(), 1e-6, 1e-5, "lazy Linear(4)");
  }

  @Test
  void inputsWithMoreAxesAreFlattened() {
    Linear l = new Linear(2);
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 2, 2));
    Variable y = l.call(x);
    assertArrayEquals(new int[] {2, 4}, l.W.shape());
    assertArrayEquals(new int[] {2, 2}, y.shape());
    double[] expected =
        byHand(
            x.array().toDoubleArray(),
            2,
            4,
            l.W.array().toDoubleArray(),
            l.b.array().toDoubleArray(),
            2);
    Allclose.assertAllclose(expected, y.array().toDoubleArray(), 1e-6, 1e-5, "flattened input");
  }

  @Test
  void nobiasAndConstantInitializers() {
    Linear l = Linear.builder(2).inSize(3).nobias().initialW(0.5).build();
    assertNull(l.b);
    assertEquals(List.of("/W"), List.copyOf(l.namedParams().keySet()));
    Variable y = l.call(x23());
    assertArrayEquals(new double[] {1.5, 1.5, 6, 6}, y.array().toDoubleArray(), 1e-6);
    Linear c = Linear.builder(2).inSize(3).initialW(new Constant(1)).initialBias(-1).build();
    assertArrayEquals(new double[] {2, 2, 11, 11}, c.call(x23()).array().toDoubleArray(), 1e-6);
    Linear a =
        Linear.builder(2)
            .inSize(3)
            .initialW(NdArrays.of(new float[] {1, 0, 0, 0, 0, 1}, 2, 3))
            .initialBias(NdArrays.of(new float[] {10, 20}, 2))
            .build();
    assertArrayEquals(new double[] {10, 22, 13, 25}, a.call(x23()).array().toDoubleArray(), 1e-6);
  }

  @Test
  void wrongInputSizeNamesTheLinkAndBothSizes() {
    Linear l = new Linear(3, 4);
    Variable x = new Variable(NdArrays.of(new float[] {1, 2, 3, 4}, 2, 2));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> l.call(x));
    assertTrue(
        e.getMessage().contains("in_size == 3")
            && e.getMessage().contains("in_size == 2")
            && e.getMessage().contains("(2, 2)"),
        e.getMessage());
    Variable v = new Variable(NdArrays.of(new float[] {1, 2, 3}, 3));
    e = assertThrows(InvalidTypeException.class, () -> l.call(v));
    assertTrue(e.getMessage().contains("x.ndim >= 2"), e.getMessage());
  }

  @Test
  void invalidSizesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Linear(0));
    assertEquals("Linear: outSize must be positive, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Linear(-3, 2));
    assertEquals("Linear: inSize must be positive, got -3", e.getMessage());
  }

  /**
   * The link run as one function of (x, W, b): forward sets the parameters' arrays and calls the
   * link; backward runs the engine's backward through the link and returns the gradients that
   * reached x and the parameters themselves ({@code W.grad}, {@code b.grad}), which is what an
   * optimizer reads.
   */
  private static final class ThroughParams extends FunctionNode {
    private final Linear link;
    private NdArray[] in;

    ThroughParams(Linear link) {
      this.link = link;
    }

    @Override
    public NdArray[] forward(NdArray[] inputs) {
      in = inputs;
      link.W.setArray(inputs[1]);
      link.b.setArray(inputs[2]);
      try (Scope s = Config.noBackpropMode()) {
        return new NdArray[] {link.call(Variable.constant(inputs[0])).array()};
      }
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      link.W.setArray(in[1]);
      link.b.setArray(in[2]);
      link.cleargrads();
      Variable x = new Variable(in[0]);
      try (Scope s = Config.forceBackpropMode()) { // backward runs without recording
        Variable y = link.call(x);
        Engine.get().backward(new Variable[] {y}, new Variable[] {gy[0]}, false, false);
      }
      return new Variable[] {
        Variable.constant(x.grad()),
        Variable.constant(link.W.grad()),
        Variable.constant(link.b.grad())
      };
    }
  }

  @Test
  void gradientsThroughTheParametersPassTheCheckInFloat64() {
    SplittableRandom rng = new SplittableRandom(5);
    try (Scope s = Config.using(Config.Key.DTYPE, DType.FLOAT64)) {
      Linear l = new Linear(3, 4);
      assertEquals(DType.FLOAT64, l.W.dtype());
      NdArray x = NdArrays.of(uniform(rng, 6), 2, 3);
      NdArray w = NdArrays.of(uniform(rng, 12), 4, 3);
      NdArray b = NdArrays.of(uniform(rng, 4), 4);
      NdArray gy = NdArrays.of(uniform(rng, 8), 2, 4);
      for (long seed = 0; seed < 5; seed++) {
        GradientCheck.checkBackward(
            xs -> new ThroughParams(l).apply(xs),
            new NdArray[] {x, w, b},
            new NdArray[] {gy},
            GradientCheck.options().withSeed(seed));
      }
      // and the parameters' gradients are the closed forms gW = gyᵀx, gb = Σ gy
      double[] gW = l.W.grad().toDoubleArray();
      double[] gb = l.b.grad().toDoubleArray();
      double[] xv = x.toDoubleArray();
      double[] gv = gy.toDoubleArray();
      for (int o = 0; o < 4; o++) {
        double sb = 0;
        for (int i = 0; i < 2; i++) {
          sb += gv[i * 4 + o];
        }
        assertEquals(sb, gb[o], 1e-12);
        for (int k = 0; k < 3; k++) {
          double sw = 0;
          for (int i = 0; i < 2; i++) {
            sw += gv[i * 4 + o] * xv[i * 3 + k];
          }
          assertEquals(sw, gW[o * 3 + k], 1e-12);
        }
      }
    }
  }

  private static double[] uniform(SplittableRandom rng, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.nextDouble(-1, 1);
    }
    return v;
  }
}
