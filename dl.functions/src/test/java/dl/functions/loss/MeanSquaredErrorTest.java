package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** mean_squared_error of two (3, 4) arrays. */
class MeanSquaredErrorTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 4), TestArray.uniform(rng, dtype, -1, 1, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.meanSquaredError(in[0], in[1])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double s = 0;
    for (int i = 0; i < 12; i++) {
      double d = in[0].data()[i] - in[1].data()[i];
      s += d * d;
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), new double[] {s / 12})};
  }
}
