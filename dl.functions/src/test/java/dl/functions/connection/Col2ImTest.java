package dl.functions.connection;

import dl.api.DType;
import dl.api.Variable;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/**
 * col2im, the sum of window columns {@code col (N, Out, K, C)} back into an image {@code x[n, c,
 * q·s − p + j·d] += col[n, q, j, c]}, against that direct loop: square and non-square kernels,
 * stride, pad, dilation, cover_all, one channel, 1-d, 2-d and 3-d; it is linear (its backward is
 * im2col), so it is checked twice differentiable.
 */
class Col2ImTest {
  abstract static class Case extends FunctionTestCase {
    final int n;
    final int c;
    final WindowRef w;
    final ConvGeometry g;

    Case(int n, int c, int[] in, int[] k, int[] s, int[] p, int[] d, boolean cover) {
      this.n = n;
      this.c = c;
      this.w = new WindowRef(in, k, s, p, d, cover);
      this.g = ConvGeometry.of("col2im", in, k, s, p, d, cover);
    }

    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, t, -1, 1, n, w.outSize(), w.kSize(), c)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {new Col2Im(g, WindowRef.shape(n, c, w.in)).applyOne(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] col = in[0].data();
      int ns = w.inSize();
      int no = w.outSize();
      int nk = w.kSize();
      double[] x = new double[n * c * ns];
      for (int b = 0; b < n; b++) {
        for (int q = 0; q < no; q++) {
          for (int j = 0; j < nk; j++) {
            int at = w.at(q, j);
            for (int ci = 0; ci < c && at >= 0; ci++) {
              x[(b * c + ci) * ns + at] += col[((b * no + q) * nk + j) * c + ci];
            }
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), x, WindowRef.shape(n, c, w.in))};
    }
  }

  static int[] i(int... v) {
    return v;
  }

  @Nested
  class SquarePadOne extends Case {
    SquarePadOne() {
      super(1, 2, new int[] {4, 5}, i(3, 3), i(1, 1), i(1, 1), i(1, 1), false);
    }
  }

  @Nested
  class NonSquareStridePad extends Case {
    NonSquareStridePad() {
      super(2, 3, new int[] {5, 4}, i(2, 3), i(2, 1), i(1, 0), i(1, 1), false);
    }
  }

  /** cover_all adds the last, partial window row, whose padding columns are dropped. */
  @Nested
  class CoverAllStride extends Case {
    CoverAllStride() {
      super(1, 2, new int[] {5, 4}, i(2, 2), i(2, 2), i(0, 0), i(1, 1), true);
    }
  }

  @Nested
  class DilatedCoverAllOneChannel extends Case {
    DilatedCoverAllOneChannel() {
      super(2, 1, new int[] {6, 5}, i(3, 2), i(2, 3), i(1, 0), i(2, 1), true);
    }
  }

  /** Stride larger than the kernel: some input positions receive nothing and stay 0. */
  @Nested
  class StrideBeyondKernel1d extends Case {
    StrideBeyondKernel1d() {
      super(2, 2, new int[] {9}, i(2), i(3), i(1), i(1), false);
    }
  }

  @Nested
  class ThreeD extends Case {
    ThreeD() {
      super(1, 2, new int[] {3, 3, 2}, i(2, 2, 1), i(1, 2, 1), i(1, 0, 0), i(1, 1, 1), false);
    }
  }
}
