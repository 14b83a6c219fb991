package dl.functions.normalization;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** layer_normalization against per-row loops. */
class LayerNormalizationTest {
  static TestArray u(SplittableRandom rng, DType t, double lo, double hi, int... shape) {
    return TestArray.uniform(rng, t, lo, hi, shape);
  }

  /** Standardises consecutive blocks of {@code len} elements. */
  static double[] standardize(double[] x, int len, double eps) {
    double[] y = new double[x.length];
    for (int b = 0; b < x.length / len; b++) {
      double mean = 0;
      for (int i = 0; i < len; i++) {
        mean += x[b * len + i] / len;
      }
      double var = 0;
      for (int i = 0; i < len; i++) {
        var += (x[b * len + i] - mean) * (x[b * len + i] - mean) / len;
      }
      for (int i = 0; i < len; i++) {
        y[b * len + i] = (x[b * len + i] - mean) / Math.sqrt(var + eps);
      }
    }
    return y;
  }

  @Nested
  class Layer extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, -1, 1, 3, 4), u(rng, t, 0.5, 1.5, 4), u(rng, t, -1, 1, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.layerNormalization(in[0], in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] y = standardize(in[0].data(), 4, 1e-5);
      for (int i = 0; i < y.length; i++) {
        y[i] = y[i] * in[1].data()[i % 4] + in[2].data()[i % 4];
      }
      return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
    }
  }

  @Test
  void layerNormalizationNeedsTwoAxes() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3, 4));
    Variable g = new Variable(NdArrays.zeros(DType.FLOAT32, 4));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.layerNormalization(x, g, g));
    assertTrue(e.getMessage().contains("Expect: x.ndim == 2"));
  }
}
