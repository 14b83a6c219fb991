package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** Bilinear resize (2, 3) -> (4, 5) and -> (3, 2), with and without aligned corners. */
class ResizeImagesTest {
  abstract static class Base extends FunctionTestCase {
    abstract boolean align();

    abstract int[] out();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 1, 2, 2, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.resizeImages(in[0], out()[0], out()[1], align())};
    }

    double coord(int i, int n, int m) {
      if (align()) {
        return m > 1 ? i * (n - 1.0) / (m - 1) : 0;
      }
      return Math.max(0, (i + 0.5) * n / m - 0.5);
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int oh = out()[0];
      int ow = out()[1];
      double[] o = new double[2 * oh * ow];
      for (int c = 0; c < 2; c++) {
        for (int y = 0; y < oh; y++) {
          for (int x = 0; x < ow; x++) {
            double v = coord(y, 2, oh);
            double u = coord(x, 3, ow);
            int v0 = (int) v;
            int u0 = (int) u;
            int v1 = Math.min(v0 + 1, 1);
            int u1 = Math.min(u0 + 1, 2);
            double a = v - v0;
            double b = u - u0;
            o[(c * oh + y) * ow + x] =
                (1 - a) * (1 - b) * in[0].get(0, c, v0, u0)
                    + (1 - a) * b * in[0].get(0, c, v0, u1)
                    + a * (1 - b) * in[0].get(0, c, v1, u0)
                    + a * b * in[0].get(0, c, v1, u1);
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 1, 2, oh, ow)};
    }
  }

  @Nested
  class AlignedUp extends Base {
    @Override
    boolean align() {
      return true;
    }

    @Override
    int[] out() {
      return new int[] {4, 5};
    }
  }

  @Nested
  class UnalignedMixed extends Base {
    @Override
    boolean align() {
      return false;
    }

    @Override
    int[] out() {
      return new int[] {3, 2};
    }
  }

  @org.junit.jupiter.api.Test
  void badShape() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 2, 2));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.resizeImages(x, 4, 4));
  }
}
