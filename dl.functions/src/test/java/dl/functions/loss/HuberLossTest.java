package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** huber_loss with delta 0.5 summed along axis 1 and per element; |d| kept away from delta. */
class HuberLossTest {
  abstract static class Base extends FunctionTestCase {
    abstract String reduce();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      TestArray a = TestArray.uniform(rng, dtype, -1, 1, 3, 4);
      double[] d = new double[12];
      for (int i = 0; i < 12; i++) {
        double m = i % 2 == 0 ? 0.1 + 0.3 * rng.nextDouble() : 0.6 + 0.6 * rng.nextDouble();
        d[i] = a.data()[i] + (rng.nextBoolean() ? m : -m);
      }
      TestArray t = TestArray.of(dtype, d, 3, 4);
      return new TestArray[] {a, dtype == DType.FLOAT32 ? t.map(v -> (float) v) : t};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.huberLoss(in[0], in[1], 0.5, reduce())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray e =
          Ref.binary(
              in[0],
              in[1],
              (x, t) -> {
                double a = Math.abs(x - t);
                return a <= 0.5 ? 0.5 * a * a : 0.5 * (a - 0.25);
              });
      if (reduce().equals("no")) {
        return new TestArray[] {e};
      }
      return new TestArray[] {Ref.reduce(e, new int[] {1}, false, Double::sum)};
    }
  }

  @Nested
  class SumAlongSecondAxis extends Base {
    @Override
    String reduce() {
      return "sum_along_second_axis";
    }
  }

  @Nested
  class NoReduce extends Base {
    @Override
    String reduce() {
      return "no";
    }
  }
}
