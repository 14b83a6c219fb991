package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** identity of two inputs: values and gradients pass through. */
class IdentityTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 4), TestArray.uniform(rng, dtype, -1, 1, 2)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return F.identity(in[0], in[1]);
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0].map(v -> v), in[1].map(v -> v)};
  }
}
