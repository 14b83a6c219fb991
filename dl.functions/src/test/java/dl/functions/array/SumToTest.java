package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of sum_to (2, 3, 4) -> (3, 1). */
class SumToTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.sumTo(in[0], 3, 1)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] out = new double[3];
    for (int n = 0; n < 2; n++) {
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
          out[i] += in[0].get(n, i, j);
        }
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), out, 3, 1)};
  }
}
