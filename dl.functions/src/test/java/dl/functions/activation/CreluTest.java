package dl.functions.activation;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** crelu along axis 1 of (2, 3): (2, 6), inputs away from 0. */
class CreluTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {Ref.awayFromZero(rng, dtype, 0.1, 1, 2, 3)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.crelu(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] d = new double[12];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        double v = in[0].get(i, j);
        d[i * 6 + j] = Math.max(v, 0);
        d[i * 6 + 3 + j] = Math.max(-v, 0);
      }
    }
    return new TestArray[] {new TestArray(d, new int[] {2, 6}, in[0].dtype())};
  }
}
