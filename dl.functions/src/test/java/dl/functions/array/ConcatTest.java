package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of concat along the default axis 1. */
class ConcatTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 2, 2)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.concat(new Variable[] {in[0], in[1]})};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] out = new double[10];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 5; j++) {
        out[i * 5 + j] = j < 3 ? in[0].get(i, j) : in[1].get(i, j - 3);
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), out, 2, 5)};
  }
}
