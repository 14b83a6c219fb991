package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Forward, gradient and double-gradient checks of pow with a variable, broadcast exponent; base
 * positive for log.
 */
class PowTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, 0.5, 2, 2, 3), TestArray.uniform(rng, dtype, -1.5, 1.5, 3)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.pow(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {Ref.binary(in[0], in[1], Math::pow)};
  }
}
