package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** mean over all axes, and over axis 0 with keepdims. */
class MeanTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.mean(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {
        Ref.reduce(in[0], new int[] {0, 1}, false, Double::sum).map(v -> v / 12)
      };
    }
  }

  @Nested
  class Default extends Base {}

  @Nested
  class AxisKeepdims extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.mean(in[0], new int[] {0}, true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {0}, true, Double::sum).map(v -> v / 3)};
    }
  }
}
