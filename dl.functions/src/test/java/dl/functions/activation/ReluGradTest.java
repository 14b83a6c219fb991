package dl.functions.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Config;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Scope;
import dl.api.Variable;
import dl.functions.Ref;
import dl.testing.FunctionTestCase;
import dl.testing.GradientCheck;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Forward, gradient and double-gradient checks of relu's gradient in {@code gy}; {@code y}, the
 * relu's output, is a constant of the function (input 1 here, taking no gradient).
 */
class ReluGradTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 4), Ref.awayFromZero(rng, dtype, 0.1, 1, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    NdArray y = in[1].array();
    if (y.dtype() != in[0].dtype()) { // the gradient check runs gy in float64, y as generated
      y = y.backend().astype(y, in[0].dtype());
    }
    return new Variable[] {new ReluGrad(y).applyOne(in[0])};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] gx = new double[in[0].size()];
    for (int i = 0; i < gx.length; i++) {
      gx[i] = in[1].data()[i] > 0 ? in[0].data()[i] : 0;
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), gx, in[0].shape())};
  }

  @Override
  protected GradientCheck.Options backwardOptions(DType dtype) {
    return GradientCheck.options().withNoGrads(false, true);
  }

  @Override
  protected GradientCheck.Options doubleBackwardOptions(DType dtype) {
    return GradientCheck.doubleBackwardOptions().withNoGrads(false, true);
  }

  /** The one-pass kernel gives the product's values where y ≤ 0: NaN for NaN or ∞, -0 for < 0. */
  @Test
  void specialValuesAreThoseOfTheProductWithTheMask() {
    var b = Device.cpu().backend();
    double[] gy = {Double.NaN, Double.POSITIVE_INFINITY, -2, 3, Double.NaN, -4};
    double[] y = {0, -1, -0.0, 5, 2, Double.NaN};
    double[] expected = {Double.NaN, Double.NaN, -0.0, 3, Double.NaN, -0.0};
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      for (boolean kernels : new boolean[] {true, false}) {
        try (Scope s = Config.using(Config.Key.USE_KERNELS, kernels)) {
          NdArray ya = TestArray.of(t, y, 6).to(b);
          Variable g = new Variable(TestArray.of(t, gy, 6).to(b), "gy", false);
          double[] gx = new ReluGrad(ya).applyOne(g).array().toDoubleArray();
          for (int i = 0; i < gx.length; i++) {
            String at = t + (kernels ? " kernel" : " composite") + ", element " + i;
            if (Double.isNaN(expected[i])) {
              assertTrue(Double.isNaN(gx[i]), at + ": " + gx[i]);
            } else {
              assertEquals(
                  Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(gx[i]), at);
            }
          }
        }
      }
    }
  }
}
