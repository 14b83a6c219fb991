package dl.functions.activation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** swish on x (3, 4) with beta (4) broadcast from axis 1. */
class SwishTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -2, 2, 3, 4), TestArray.uniform(rng, dtype, 0.5, 1.5, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.swish(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] d = new double[12];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        double v = in[0].get(i, j);
        d[i * 4 + j] = v / (1 + Math.exp(-in[1].get(j) * v));
      }
    }
    return new TestArray[] {new TestArray(d, in[0].shape(), in[0].dtype())};
  }
}
