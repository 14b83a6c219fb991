package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** hinge with L1 and L2 norms, mean and no reduction; margins kept away from the kink. */
class HingeTest {
  abstract static class Base extends FunctionTestCase {
    abstract String norm();

    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      // |x| = 1 ± [0.15, 0.75], so 1 - s·x is never near the kink at 0
      double[] d = new double[12];
      for (int i = 0; i < 12; i++) {
        double m = 1 + (rng.nextBoolean() ? 1 : -1) * (0.15 + 0.6 * rng.nextDouble());
        d[i] = (rng.nextBoolean() ? 1 : -1) * (dtype == DType.FLOAT32 ? (float) m : m);
      }
      return new TestArray[] {TestArray.of(dtype, d, 3, 4), TestArray.integers(rng, 0, 4, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.hinge(in[0], in[1], norm(), reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[12];
      double sum = 0;
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
          double s = j == (int) in[1].data()[i] ? 1 : -1;
          double h = Math.max(0, 1 - s * in[0].get(i, j));
          o[i * 4 + j] = norm().equals("L2") ? h * h : h;
          sum += o[i * 4 + j];
        }
      }
      if (reduce().equals("no")) {
        return new TestArray[] {TestArray.of(in[0].dtype(), o, 3, 4)};
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {sum / 3})};
    }
  }

  @Nested
  class L1Mean extends Base {
    @Override
    String norm() {
      return "L1";
    }

    @Override
    String reduce() {
      return "mean";
    }
  }

  @Nested
  class L2No extends Base {
    @Override
    String norm() {
      return "L2";
    }

    @Override
    String reduce() {
      return "no";
    }
  }

  @org.junit.jupiter.api.Test
  void labelOutOfRange() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable t = new Variable(dl.api.NdArrays.of(new int[] {0, 3}, 2), null, false);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> F.hinge(x, t));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("label 3"), e.getMessage());
  }
}
