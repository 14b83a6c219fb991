package dl.functions.normalization;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** local_response_normalization against channel-window loops. */
class LocalResponseNormalizationTest {
  static TestArray u(SplittableRandom rng, DType t, double lo, double hi, int... shape) {
    return TestArray.uniform(rng, t, lo, hi, shape);
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
}
