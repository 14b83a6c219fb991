package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Checks of floor (forward only: not differentiable). */
class FloorTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      Gen.intervals(rng, dtype, new double[][] {{-3, -0.1}, {0.1, 2.9}}, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.floor(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> (double) (long) (v < 0 ? v - 1 : v))};
  }

  @Override
  protected boolean skipBackward() {
    return true; // not differentiable: no gradient reaches x, as in Chainer
  }
}
