package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** sum over all axes, one axis, and two axes with keepdims. */
class SumTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.sum(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {0, 1, 2}, false, Double::sum)};
    }
  }

  @Nested
  class Default extends Base {}

  @Nested
  class OneAxis extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.sum(in[0], -2)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {1}, false, Double::sum)};
    }
  }

  @Nested
  class TwoAxesKeepdims extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.sum(in[0], new int[] {0, 2}, true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {Ref.reduce(in[0], new int[] {0, 2}, true, Double::sum)};
    }
  }
}
