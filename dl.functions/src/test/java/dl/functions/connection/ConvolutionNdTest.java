package dl.functions.connection;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * convolution_1d/2d/3d/nd against direct loops: pad, stride, dilate, cover_all, groups, no bias.
 */
class ConvolutionNdTest {
  static TestArray u(SplittableRandom rng, DType t, int... shape) {
    return TestArray.uniform(rng, t, -1, 1, shape);
  }

  @Nested
  class Conv2dPadBias extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 3, 4, 3), u(rng, t, 2, 3, 3, 2), u(rng, t, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.convolution2d(in[0], in[1], in[2], 1, 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.conv(in[0], in[1], in[2], 1, 1, 1, false, 1)};
    }
  }

  @Nested
  class Conv2dStrideCoverAllNoBias extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 1, 2, 5, 4), u(rng, t, 3, 2, 2, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.convolution2d(in[0], in[1], null, 2, 0, true, 1, 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.conv(in[0], in[1], null, 2, 0, 1, true, 1)};
    }
  }

  @Nested
  class Conv1dDilated extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 2, 7), u(rng, t, 3, 2, 3), u(rng, t, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {
        F.convolutionNd(in[0], in[1], in[2], null, new int[] {1}, false, new int[] {2}, 1)
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.conv(in[0], in[1], in[2], 1, 1, 2, false, 1)};
    }
  }

  @Nested
  class Conv3d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 1, 2, 3, 3, 2), u(rng, t, 2, 2, 2, 2, 2), u(rng, t, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.convolution3d(in[0], in[1], in[2], 1, 0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.conv(in[0], in[1], in[2], 1, 0, 1, false, 1)};
    }
  }

  @Nested
  class Conv2dGroups extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 1, 4, 3, 3), u(rng, t, 4, 2, 2, 2), u(rng, t, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.convolution2d(in[0], in[1], in[2], 1, 0, false, 1, 2)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.conv(in[0], in[1], in[2], 1, 0, 1, false, 2)};
    }
  }

  /** K·C = 36 takes the batch-wide GEMM path (the cases above take the per-image one). */
  @Nested
  class Conv2dWideInner extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 4, 3, 3), u(rng, t, 3, 4, 3, 3), u(rng, t, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.convolution2d(in[0], in[1], in[2], 1, 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.conv(in[0], in[1], in[2], 1, 1, 1, false, 1)};
    }
  }

  @Test
  void mismatchedChannelsAreRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 3, 5, 5));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 4, 3, 3));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.convolution2d(x, w, null));
    assertTrue(e.getMessage().startsWith("convolution_nd: invalid argument W (input 1)"));
    assertTrue(e.getMessage().contains("W.shape[1] == x.shape[1] (3 channels)"));
  }

  @Test
  void kernelLargerThanPaddedInputIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 5, 5));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.convolution2d(x, w, null, 1, 1));
    assertTrue(e.getMessage().contains("kernel 5 <= padded input 4"));
  }

  @Test
  void wrongNdimIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 4));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.convolution2d(x, w, null));
    assertTrue(e.getMessage().contains("Expect: x.ndim == 4"));
  }

  @Test
  void negativePadIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 4, 4));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.convolution2d(x, w, null, 1, -1));
    assertTrue(e.getMessage().contains("pad >= 0"));
  }
}
