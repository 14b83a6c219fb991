package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** im2col against a direct loop: plain 3x3 pad 1, and strided, dilated, cover_all. */
class Im2ColTest {
  abstract static class Base extends FunctionTestCase {
    int kh = 3, kw = 3, sy = 1, sx = 1, ph = 1, pw = 1, dy = 1, dx = 1;
    boolean cover;

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 4, 5)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.im2col(in[0], kh, kw, sy, sx, ph, pw, cover, dy, dx)};
    }

    static int out(int n, int k, int s, int p, int d, boolean cover) {
      int dk = k + (k - 1) * (d - 1);
      return cover ? (n + 2 * p - dk + s - 1) / s + 1 : (n + 2 * p - dk) / s + 1;
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int oh = out(4, kh, sy, ph, dy, cover);
      int ow = out(5, kw, sx, pw, dx, cover);
      double[] o = new double[2 * kh * kw * oh * ow];
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < kh; i++) {
          for (int j = 0; j < kw; j++) {
            for (int y = 0; y < oh; y++) {
              for (int x = 0; x < ow; x++) {
                int r = y * sy + i * dy - ph;
                int q = x * sx + j * dx - pw;
                double v = r >= 0 && r < 4 && q >= 0 && q < 5 ? in[0].get(0, c, r, q) : 0;
                o[(((c * kh + i) * kw + j) * oh + y) * ow + x] = v;
              }
            }
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 1, 2 * kh * kw, oh, ow)};
    }
  }

  @Nested
  class Plain extends Base {}

  @Nested
  class StridedDilatedCoverAll extends Base {
    {
      kw = 2;
      sy = 2;
      pw = 0;
      dx = 2;
      cover = true;
    }
  }

  @org.junit.jupiter.api.Test
  void kernelTooLarge() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class, () -> F.im2col(x, 4, 1, 0));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("im2col"), e.getMessage());
  }
}
