package dl.functions.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Rng;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** gumbel_softmax with fixed noise (checked like any function), and the sampling distribution. */
class GumbelSoftmaxTest extends FunctionTestCase {
  private static final double TAU = 0.7;

  private static double g(int i) {
    return Math.cos(0.9 * i) * 0.8;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 2)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    double[] d = new double[in[0].size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = g(i);
    }
    NdArray noise = in[0].array().backend().fromArray(d, in[0].shape());
    return new Variable[] {F.gumbelSoftmax(in[0], TAU, 1, noise)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] y = new double[in[0].size()];
    for (int a = 0; a < 2; a++) {
      for (int c = 0; c < 2; c++) {
        double s = 0;
        for (int k = 0; k < 3; k++) {
          int i = a * 6 + k * 2 + c;
          y[i] = Math.exp((in[0].data()[i] + g(i)) / TAU);
          s += y[i];
        }
        for (int k = 0; k < 3; k++) {
          y[a * 6 + k * 2 + c] /= s;
        }
      }
    }
    return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
  }

  @Test
  void argmaxFollowsSoftmaxOfLogBeta() {
    Rng.seed(5);
    int n = 6000;
    double[] p = {0.2, 0.5, 0.3};
    double[] logits = new double[n * 3];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 3; k++) {
        logits[i * 3 + k] = Math.log(p[k]);
      }
    }
    Variable x = new Variable(NdArrays.of(logits, n, 3));
    double[] y = F.gumbelSoftmax(x, 0.1).array().toDoubleArray();
    int[] count = new int[3];
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int k = 1; k < 3; k++) {
        best = y[i * 3 + k] > y[i * 3 + best] ? k : best;
      }
      count[best]++;
    }
    // Standard error sqrt(p(1-p)/n) <= 0.0065; allow about four of them.
    for (int k = 0; k < 3; k++) {
      assertEquals(p[k], count[k] / (double) n, 0.026, "class " + k);
    }
  }

  @Test
  void zeroDimensionalInputGivesOne() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32).add(3.0));
    assertEquals(1.0, F.gumbelSoftmax(x).item());
  }

  @Test
  void tauMustBePositive() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    assertThrows(IllegalArgumentException.class, () -> F.gumbelSoftmax(x, 0.0));
  }

  @Test
  void registeredByNameRowsSumToOne() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT64, 4, 3));
    Variable y =
        dl.api.spi.Engine.get()
            .function("gumbel_softmax")
            .apply(java.util.Map.of("tau", 2.0, "axis", 1), x)[0];
    double[] v = y.array().toDoubleArray();
    for (int i = 0; i < 4; i++) {
      assertEquals(1.0, v[3 * i] + v[3 * i + 1] + v[3 * i + 2], 1e-12);
    }
  }
}
