package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of expand_dims at a negative axis. */
class ExpandDimsTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.expandDims(in[0], -2)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    return new TestArray[] {new TestArray(in[0].data(), new int[] {2, 1, 3}, in[0].dtype())};
  }
}
