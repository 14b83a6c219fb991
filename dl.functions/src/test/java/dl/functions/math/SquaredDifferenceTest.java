package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of squared difference. */
class SquaredDifferenceTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 4), TestArray.uniform(rng, dtype, -1, 1, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.squaredDifference(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {Ref.binary(in[0], in[1], (a, b) -> (a - b) * (a - b))};
  }
}
