package dl.functions.connection;

import static dl.functions.connection.ConvolutionNdTest.u;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** deconvolution_1d/2d/nd against direct scatter loops: stride, pad, outsize, no bias. */
class DeconvolutionNdTest {
  @Nested
  class Deconv2dStride2 extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 3, 2, 3), u(rng, t, 3, 2, 3, 2), u(rng, t, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.deconvolution2d(in[0], in[1], in[2], 2, 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // get_deconv_outsize: 2·(2−1)+3−2 = 3, 2·(3−1)+2−2 = 4
      return new TestArray[] {NaiveConv.deconv(in[0], in[1], in[2], 2, 1, new int[] {3, 4})};
    }
  }

  @Nested
  class Deconv2dOutsizeNoBias extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 1, 2, 2, 2), u(rng, t, 2, 1, 2, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.deconvolution2d(in[0], in[1], null, 2, 0, 5, 4)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.deconv(in[0], in[1], null, 2, 0, new int[] {5, 4})};
    }
  }

  @Nested
  class Deconv1d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 2, 3), u(rng, t, 2, 3, 3), u(rng, t, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.deconvolution1d(in[0], in[1], in[2], 1, 0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.deconv(in[0], in[1], in[2], 1, 0, new int[] {5})};
    }
  }

  @Nested
  class Deconv2dGroups extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 1, 4, 2, 2), u(rng, t, 4, 1, 2, 2), u(rng, t, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {
        F.deconvolutionNd(in[0], in[1], in[2], new int[] {2}, null, null, null, 2)
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // group g: input channels 2g, 2g+1 with W rows 2g, 2g+1 give output channel g (batch of 1)
      double[] y = new double[2 * 16];
      for (int g = 0; g < 2; g++) {
        TestArray xg = slice(in[0], g * 8, 8, new int[] {1, 2, 2, 2});
        TestArray wg = slice(in[1], g * 8, 8, new int[] {2, 1, 2, 2});
        TestArray bg = slice(in[2], g, 1, new int[] {1});
        TestArray yg = NaiveConv.deconv(xg, wg, bg, 2, 0, new int[] {4, 4});
        System.arraycopy(yg.data(), 0, y, g * 16, 16);
      }
      return new TestArray[] {new TestArray(y, new int[] {1, 2, 4, 4}, in[0].dtype())};
    }

    private TestArray slice(TestArray a, int from, int n, int[] shape) {
      return new TestArray(
          java.util.Arrays.copyOfRange(a.data(), from, from + n), shape, a.dtype());
    }
  }

  /** 32 input channels take the batch-wide GEMM path (the cases above take the per-image one). */
  @Nested
  class Deconv2dManyChannels extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 32, 2, 2), u(rng, t, 32, 2, 2, 2), u(rng, t, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.deconvolution2d(in[0], in[1], in[2], 1, 0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaiveConv.deconv(in[0], in[1], in[2], 1, 0, new int[] {3, 3})};
    }
  }

  @Test
  void outputShapeFollowsChainer() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 4, 7, 7));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 4, 2, 4, 4));
    assertArrayEquals(new int[] {1, 2, 14, 14}, F.deconvolution2d(x, w, null, 2, 1).shape());
  }

  @Test
  void inconsistentOutsizeIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.deconvolution2d(x, w, null, 2, 0, 9, 4));
    assertTrue(e.getMessage().startsWith("deconvolution_nd: invalid argument x (input 0)"));
  }

  @Test
  void mismatchedChannelsAreRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 3, 2, 2));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 1, 2, 2));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.deconvolution2d(x, w, null, 1, 0));
    assertTrue(e.getMessage().contains("W.shape[0] == x.shape[1] (3 channels)"));
  }
}
