package dl.functions.evaluation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** r2_score per column and averaged; a constant column scores 0 as Chainer. */
class R2ScoreTest {
  abstract static class Base extends FunctionTestCase {
    abstract String multioutput();

    @Override
    protected boolean skipBackward() {
      return true; // not differentiable
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray truth = TestArray.uniform(rng, dtype, -1, 1, 5, 3);
      for (int i = 0; i < 5; i++) {
        truth.data()[i * 3 + 2] = 0.5; // constant column
      }
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 5, 3), truth};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.r2Score(in[0], in[1], multioutput())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] r = new double[3];
      for (int c = 0; c < 3; c++) {
        double mean = 0;
        for (int i = 0; i < 5; i++) {
          mean += in[1].get(i, c) / 5;
        }
        double res = 0;
        double tot = 0;
        for (int i = 0; i < 5; i++) {
          res += Math.pow(in[0].get(i, c) - in[1].get(i, c), 2);
          tot += Math.pow(in[1].get(i, c) - mean, 2);
        }
        r[c] = tot == 0 ? 0 : 1 - res / tot;
      }
      if (multioutput().equals("raw_values")) {
        return new TestArray[] {TestArray.of(in[0].dtype(), r, 3)};
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {(r[0] + r[1] + r[2]) / 3})};
    }
  }

  @Nested
  class Raw extends Base {
    @Override
    String multioutput() {
      return "raw_values";
    }
  }

  @Nested
  class Average extends Base {
    @Override
    String multioutput() {
      return "uniform_average";
    }
  }

  @org.junit.jupiter.api.Test
  void badOption() {
    Variable a = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> F.r2Score(a, a, "variance_weighted"));
  }
}
