package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Checks of sign (forward only: not differentiable). */
class SignTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {Ref.awayFromZero(rng, dtype, 0.1, 2, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.sign(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> v > 0 ? 1.0 : -1.0)};
  }

  @Override
  protected boolean skipBackward() {
    return true; // not differentiable: no gradient reaches x, as in Chainer
  }
}
