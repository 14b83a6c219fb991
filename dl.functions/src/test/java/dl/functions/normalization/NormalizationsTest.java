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

/**
 * layer_normalization, group_normalization, normalize and local_response_normalization by loops.
 */
class NormalizationsTest {
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

  @Nested
  class Group extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        u(rng, t, -1, 1, 2, 4, 3), u(rng, t, 0.5, 1.5, 4), u(rng, t, -1, 1, 4)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.groupNormalization(in[0], 2, in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // (2, 4, 3) with 2 groups: blocks of 2 channels × 3 positions = 6 consecutive elements
      double[] y = standardize(in[0].data(), 6, 1e-5);
      for (int i = 0; i < y.length; i++) {
        int c = (i / 3) % 4;
        y[i] = y[i] * in[1].data()[c] + in[2].data()[c];
      }
      return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
    }
  }

  @Nested
  class L2 extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, -1, 1, 3, 4, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.normalize(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] x = in[0].data();
      double[] y = new double[x.length];
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 2; b++) {
          double sq = 0;
          for (int c = 0; c < 4; c++) {
            sq += x[(a * 4 + c) * 2 + b] * x[(a * 4 + c) * 2 + b];
          }
          for (int c = 0; c < 4; c++) {
            y[(a * 4 + c) * 2 + b] = x[(a * 4 + c) * 2 + b] / (Math.sqrt(sq) + 1e-5);
          }
        }
      }
      return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
    }
  }

  /** LRN by loops: {@code x·(k + α·Σ window x²)^−β}. */
  static TestArray lrn(TestArray x, int n, double k, double alpha, double beta) {
    int[] s = x.shape();
    int c = s[1];
    int inner = x.size() / (s[0] * c);
    double[] y = new double[x.size()];
    for (int b = 0; b < s[0]; b++) {
      for (int ch = 0; ch < c; ch++) {
        for (int i = 0; i < inner; i++) {
          double sum = 0;
          for (int o = Math.max(0, ch - n / 2); o <= Math.min(c - 1, ch + n / 2); o++) {
            double v = x.data()[(b * c + o) * inner + i];
            sum += v * v;
          }
          int at = (b * c + ch) * inner + i;
          y[at] = x.data()[at] * Math.pow(k + alpha * sum, -beta);
        }
      }
    }
    return new TestArray(y, s, x.dtype());
  }

  @Nested
  class LrnStrong extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, -1, 1, 2, 5, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.localResponseNormalization(in[0], 3, 1, 0.5, 0.75)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {lrn(in[0], 3, 1, 0.5, 0.75)};
    }
  }

  @Nested
  class LrnDefaults extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, -3, 3, 1, 7, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.localResponseNormalization(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {lrn(in[0], 5, 2, 1e-4, 0.75)};
    }
  }

  @Test
  void groupsMustDivideChannels() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3, 4));
    Variable g = new Variable(NdArrays.zeros(DType.FLOAT32, 3));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.groupNormalization(x, 2, g, g));
    assertTrue(e.getMessage().contains("x.shape[1] divisible by groups (2)"));
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
