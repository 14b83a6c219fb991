package dl.functions.activation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.math.Gen;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Forward, gradient and double-gradient checks of hard sigmoid, inputs away from the corners at
 * ±2.5.
 */
class HardSigmoidTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      Gen.intervals(rng, dtype, new double[][] {{-4, -2.6}, {-2.4, 2.4}, {2.6, 4}}, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.hardSigmoid(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> Math.max(0, Math.min(1, 0.2 * v + 0.5)))};
  }
}
