package dl.functions.activation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of relu, inputs kept away from the kink at 0. */
class ReluTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {Ref.awayFromZero(rng, dtype, 0.1, 1, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.relu(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> Math.max(0, v))};
  }
}
