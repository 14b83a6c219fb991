package dl.functions.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** gaussian with fixed noise (checked like any function), and the drawn samples' moments. */
class GaussianTest extends FunctionTestCase {
  /** Fixed standard normal noise, a function of the position only. */
  private static double eps(int i) {
    return Math.sin(1.7 * i + 0.3) * 1.5;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {
      TestArray.uniform(rng, dtype, -1, 1, 3, 4), TestArray.uniform(rng, dtype, -1, 1, 3, 4)
    };
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    double[] e = new double[in[0].size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = eps(i);
    }
    NdArray eps = in[0].array().backend().fromArray(e, in[0].shape());
    return new Variable[] {F.gaussian(in[0], in[1], eps)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] y = new double[in[0].size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = in[0].data()[i] + Math.exp(in[1].data()[i] / 2) * eps(i);
    }
    return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
  }

  @Test
  void samplesHaveTheGivenMeanAndVariance() {
    Rng.seed(11);
    int n = 20000;
    Variable mean = new Variable(NdArrays.zeros(DType.FLOAT64, n).add(2.0));
    Variable lnVar = new Variable(NdArrays.zeros(DType.FLOAT64, n).add(Math.log(0.25)));
    double[] y = F.gaussian(mean, lnVar).array().toDoubleArray();
    double m = 0;
    for (double v : y) {
      m += v / n;
    }
    double var = 0;
    for (double v : y) {
      var += (v - m) * (v - m) / n;
    }
    // Standard errors: 0.5/sqrt(n) = 0.0035 for the mean, about 0.0025 for the variance.
    assertEquals(2.0, m, 0.02);
    assertEquals(0.25, var, 0.015);
  }

  @Test
  void shapesMustMatch() {
    Variable mean = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable lnVar = new Variable(NdArrays.zeros(DType.FLOAT32, 3, 2));
    assertThrows(InvalidTypeException.class, () -> F.gaussian(mean, lnVar));
  }

  @Test
  void registeredByName() {
    Variable mean = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable lnVar = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3).add(-50.0));
    Variable y =
        dl.api.spi.Engine.get().function("gaussian").apply(java.util.Map.of(), mean, lnVar)[0];
    for (float v : y.array().toFloatArray()) {
      assertEquals(0.0, v, 1e-9); // exp(-25) noise scale
    }
  }
}
