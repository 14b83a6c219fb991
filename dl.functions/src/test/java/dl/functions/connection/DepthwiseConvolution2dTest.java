package dl.functions.connection;

import static dl.functions.connection.ConvolutionNdTest.u;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** depthwise_convolution_2d: output channel c·M + m convolves input channel c with W[m, c]. */
class DepthwiseConvolution2dTest {
  static TestArray expected(TestArray x, TestArray w, TestArray b, int s, int p) {
    int[] xs = x.shape();
    int[] ws = w.shape();
    int n = xs[0];
    int c = xs[1];
    int mult = ws[0];
    int kh = ws[2];
    int kw = ws[3];
    int oh = (xs[2] + 2 * p - kh) / s + 1;
    int ow = (xs[3] + 2 * p - kw) / s + 1;
    double[] y = new double[n * c * mult * oh * ow];
    for (int a = 0; a < n; a++) {
      for (int ch = 0; ch < c; ch++) {
        for (int m = 0; m < mult; m++) {
          int o = ch * mult + m;
          for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
              double acc = b == null ? 0 : b.data()[o];
              for (int di = 0; di < kh; di++) {
                for (int dj = 0; dj < kw; dj++) {
                  int r = i * s - p + di;
                  int q = j * s - p + dj;
                  if (r >= 0 && q >= 0 && r < xs[2] && q < xs[3]) {
                    acc +=
                        x.data()[((a * c + ch) * xs[2] + r) * xs[3] + q]
                            * w.data()[((m * c + ch) * kh + di) * kw + dj];
                  }
                }
              }
              y[((a * c * mult + o) * oh + i) * ow + j] = acc;
            }
          }
        }
      }
    }
    return new TestArray(y, new int[] {n, c * mult, oh, ow}, x.dtype());
  }

  @Nested
  class MultiplierTwo extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 3, 3, 4), u(rng, t, 2, 3, 2, 2), u(rng, t, 6)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.depthwiseConvolution2d(in[0], in[1], in[2], 1, 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in[0], in[1], in[2], 1, 1)};
    }
  }

  @Test
  void mismatchedChannelsAreRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 3, 4, 4));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 4, 3, 3));
    assertThrows(InvalidTypeException.class, () -> F.depthwiseConvolution2d(x, w, null, 1, 0));
  }
}
