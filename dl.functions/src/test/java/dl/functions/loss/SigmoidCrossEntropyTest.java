package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** sigmoid_cross_entropy with an ignored label: normalized mean, batch mean and per element. */
class SigmoidCrossEntropyTest {
  abstract static class Base extends FunctionTestCase {
    boolean normalize() {
      return true;
    }

    String reduce() {
      return "mean";
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray t = TestArray.integers(rng, 0, 2, 3, 4);
      t.data()[5] = -1;
      return new TestArray[] {Ref.awayFromZero(rng, dtype, 0.1, 2, 3, 4), t};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.sigmoidCrossEntropy(in[0], in[1], normalize(), reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[12];
      double s = 0;
      int count = 0;
      for (int i = 0; i < 12; i++) {
        int t = (int) in[1].data()[i];
        if (t == -1) {
          continue;
        }
        double p = 1 / (1 + Math.exp(-in[0].data()[i]));
        o[i] = -(t * Math.log(p) + (1 - t) * Math.log(1 - p));
        s += o[i];
        count++;
      }
      if (reduce().equals("no")) {
        return new TestArray[] {TestArray.of(in[0].dtype(), o, 3, 4)};
      }
      return new TestArray[] {
        TestArray.of(in[0].dtype(), new double[] {s / (normalize() ? count : 3)})
      };
    }
  }

  @Nested
  class Normalized extends Base {}

  @Nested
  class BatchMean extends Base {
    @Override
    boolean normalize() {
      return false;
    }
  }

  @Nested
  class NoReduce extends Base {
    @Override
    String reduce() {
      return "no";
    }
  }

  @org.junit.jupiter.api.Test
  void labelOutOfRange() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2));
    Variable t = new Variable(dl.api.NdArrays.of(new int[] {0, 2}, 2), null, false);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> F.sigmoidCrossEntropy(x, t));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("label 2"), e.getMessage());
  }
}
