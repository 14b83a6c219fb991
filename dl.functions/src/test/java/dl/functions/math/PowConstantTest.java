package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of pow with a constant exponent. */
class PowConstantTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, 0.5, 2, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.pow(in[0], 2.5)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> Math.pow(v, 2.5))};
  }
}
