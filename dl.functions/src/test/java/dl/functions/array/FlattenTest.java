package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** flatten of a 3-d array. */
class FlattenTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 1, 3)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.flatten(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {TestArray.of(in[0].dtype(), in[0].data(), 6)};
  }
}
