package dl.functions.normalization;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** normalize (L2) against per-vector loops. */
class NormalizeTest {
  static TestArray u(SplittableRandom rng, DType t, double lo, double hi, int... shape) {
    return TestArray.uniform(rng, t, lo, hi, shape);
  }

  @Nested
  class L2 extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, -1, 1, 3, 4, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.normalize(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] x = in[0].data();
      double[] y = new double[x.length];
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 2; b++) {
          double sq = 0;
          for (int c = 0; c < 4; c++) {
            sq += x[(a * 4 + c) * 2 + b] * x[(a * 4 + c) * 2 + b];
          }
          for (int c = 0; c < 4; c++) {
            y[(a * 4 + c) * 2 + b] = x[(a * 4 + c) * 2 + b] / (Math.sqrt(sq) + 1e-5);
          }
        }
      }
      return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
    }
  }
}
