package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of broadcast_to (3, 1) -> (2, 3, 4). */
class BroadcastToTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 3, 1)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.broadcastTo(in[0], 2, 3, 4)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    TestArray zeros = new TestArray(new double[24], new int[] {2, 3, 4}, in[0].dtype());
    return new TestArray[] {Ref.binary(in[0], zeros, (a, b) -> a)};
  }
}
