package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** copy to the input's own device: a new array with the same values; gradient copied back. */
class CopyTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 2)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    Variable y = F.copy(in[0], in[0].device());
    if (y.array() == in[0].array()) {
      throw new AssertionError("copy returned the same array");
    }
    return new Variable[] {y};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {in[0]};
  }
}
