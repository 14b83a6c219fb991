package dl.functions.activation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.math.Gen;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Forward, gradient and double-gradient checks of clipped relu with z = 0.75, inputs away from 0
 * and z.
 */
class ClippedReluTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      Gen.intervals(rng, dtype, new double[][] {{-1, -0.1}, {0.1, 0.65}, {0.85, 1.5}}, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.clippedRelu(in[0], 0.75)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> Math.min(Math.max(v, 0), 0.75))};
  }
}
