package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of transpose with axes (1, 2, 0). */
class TransposeTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.transpose(in[0], 1, 2, 0)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] out = new double[24];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 4; k++) {
          out[(j * 4 + k) * 2 + i] = in[0].get(i, j, k);
        }
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), out, 3, 4, 2)};
  }
}
