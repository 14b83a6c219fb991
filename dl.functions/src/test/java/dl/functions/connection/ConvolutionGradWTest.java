package dl.functions.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.Config;
import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Scope;
import dl.api.Variable;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * convolution_nd_grad_w, the weight gradient {@code gW[o, c, j] = Σ_n Σ_q gy[n, o, q]·x[n, c, q·s −
 * p + j·d]} of a convolution, against that direct sum: square and non-square kernels, stride, pad,
 * dilation, cover_all, one channel, 1-d, 2-d and 3-d, through the backend's whole kernel and the
 * composite im2col path; it is bilinear in {@code (x, gy)}, so it is checked twice differentiable.
 */
class ConvolutionGradWTest {
  /** One geometry; {@code kernels} false runs the forward on the composite im2col + GEMM path. */
  abstract static class Case extends FunctionTestCase {
    final int n;
    final int c;
    final int oc;
    final WindowRef w;
    final boolean cover;
    boolean kernels = true;

    Case(int n, int c, int oc, int[] in, int[] k, int[] s, int[] p, int[] d, boolean cover) {
      this.n = n;
      this.c = c;
      this.oc = oc;
      this.w = new WindowRef(in, k, s, p, d, cover);
      this.cover = cover;
    }

    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, t, -1, 1, WindowRef.shape(n, c, w.in)),
        TestArray.uniform(rng, t, -1, 1, WindowRef.shape(n, oc, w.out))
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      try (Scope s = Config.using(Config.Key.USE_KERNELS, kernels)) {
        return new Variable[] {
          new ConvolutionGradW(w.k, w.s, w.p, w.d, cover).applyOne(in[0], in[1])
        };
      }
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] x = in[0].data();
      double[] gy = in[1].data();
      int ns = w.inSize();
      int no = w.outSize();
      int nk = w.kSize();
      double[] gw = new double[oc * c * nk];
      for (int o = 0; o < oc; o++) {
        for (int ci = 0; ci < c; ci++) {
          for (int j = 0; j < nk; j++) {
            double acc = 0;
            for (int b = 0; b < n; b++) {
              for (int q = 0; q < no; q++) {
                int at = w.at(q, j);
                if (at >= 0) {
                  acc += gy[(b * oc + o) * no + q] * x[(b * c + ci) * ns + at];
                }
              }
            }
            gw[(o * c + ci) * nk + j] = acc;
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), gw, WindowRef.shape(oc, c, w.k))};
    }
  }

  @Nested
  class SquarePadOne extends Case {
    SquarePadOne() {
      super(2, 3, 2, new int[] {4, 4}, i(3, 3), i(1, 1), i(1, 1), i(1, 1), false);
    }
  }

  @Nested
  class NonSquareStridePad extends Case {
    NonSquareStridePad() {
      super(1, 2, 3, new int[] {5, 4}, i(2, 3), i(2, 1), i(1, 0), i(1, 1), false);
    }
  }

  /** cover_all adds the last, partial window row (3 rows of output instead of 2). */
  @Nested
  class CoverAllStride extends Case {
    CoverAllStride() {
      super(2, 2, 2, new int[] {5, 4}, i(2, 2), i(2, 2), i(0, 0), i(1, 1), true);
    }
  }

  @Nested
  class DilatedCoverAllNonSquare extends Case {
    DilatedCoverAllNonSquare() {
      super(1, 2, 2, new int[] {6, 5}, i(3, 2), i(2, 3), i(1, 0), i(2, 1), true);
    }
  }

  @Nested
  class OneChannelInAndOut extends Case {
    OneChannelInAndOut() {
      super(2, 1, 1, new int[] {4, 5}, i(2, 2), i(1, 2), i(1, 1), i(1, 1), false);
    }
  }

  @Nested
  class Dilated1d extends Case {
    Dilated1d() {
      super(2, 2, 3, new int[] {7}, i(3), i(1), i(1), i(2), false);
    }
  }

  @Nested
  class ThreeD extends Case {
    ThreeD() {
      super(1, 2, 2, new int[] {3, 3, 2}, i(2, 2, 1), i(1, 1, 1), i(0, 1, 0), i(1, 1, 1), false);
    }
  }

  @Nested
  class CompositeNonSquareStridePad extends Case {
    CompositeNonSquareStridePad() {
      super(2, 2, 3, new int[] {5, 4}, i(2, 3), i(2, 1), i(1, 0), i(1, 1), false);
      kernels = false;
    }
  }

  @Nested
  class CompositeDilatedCoverAll extends Case {
    CompositeDilatedCoverAll() {
      super(1, 2, 2, new int[] {6, 5}, i(3, 2), i(2, 3), i(1, 0), i(2, 1), true);
      kernels = false;
    }
  }

  @Nested
  class CompositeOneChannel extends Case {
    CompositeOneChannel() {
      super(2, 1, 1, new int[] {4, 5}, i(2, 2), i(1, 2), i(1, 1), i(1, 1), false);
      kernels = false;
    }
  }

  static int[] i(int... v) {
    return v;
  }

  private static InvalidTypeException refused(int[] k, int[] s, int[] p) {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    Variable gy = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 1, 1));
    return assertThrows(
        InvalidTypeException.class,
        () -> new ConvolutionGradW(k, s, p, i(1, 1), false).applyOne(x, gy));
  }

  @Test
  void kernelLargerThanPaddedInputIsRefused() {
    assertEquals(
        "convolution_nd_grad_w: invalid argument x (input 0)\n"
            + "Expect: (dilated) kernel 5 <= padded input 4 on spatial axis 0\n"
            + "Actual: input size 2, pad 1",
        refused(i(5, 1), i(1, 1), i(1, 1)).getMessage());
  }

  @Test
  void zeroStrideIsRefused() {
    assertEquals(
        "convolution_nd_grad_w: invalid argument options (input 0)\n"
            + "Expect: ksize, stride, dilate > 0 and pad >= 0\n"
            + "Actual: on spatial axis 1: ksize, stride, pad, dilate = 2, 0, 0, 1",
        refused(i(2, 2), i(1, 0), i(0, 0)).getMessage());
  }
}
