package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of mul by a constant. */
class MulConstantTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.mul(in[0], -1.5)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> v * -1.5)};
  }
}
