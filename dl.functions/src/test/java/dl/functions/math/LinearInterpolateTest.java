package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Forward, gradient and double-gradient checks of linear interpolation. */
class LinearInterpolateTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, 0, 1, 3, 4),
      TestArray.uniform(rng, dtype, -1, 1, 3, 4),
      TestArray.uniform(rng, dtype, -1, 1, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.linearInterpolate(in[0], in[1], in[2])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] d = new double[12];
    for (int i = 0; i < d.length; i++) {
      double p = in[0].data()[i];
      d[i] = p * in[1].data()[i] + (1 - p) * in[2].data()[i];
    }
    return new TestArray[] {new TestArray(d, in[0].shape(), in[0].dtype())};
  }
}
