package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Forward, gradient and double-gradient checks of clip to [-0.5, 0.5], inputs away from the bounds.
 */
class ClipTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      Gen.intervals(rng, dtype, new double[][] {{-1, -0.6}, {-0.4, 0.4}, {0.6, 1}}, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.clip(in[0], -0.5, 0.5)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> Math.max(-0.5, Math.min(0.5, v)))};
  }
}
