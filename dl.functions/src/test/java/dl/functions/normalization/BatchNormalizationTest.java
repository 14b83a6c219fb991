package dl.functions.normalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** batch_normalization and fixed_batch_normalization against per-channel loops. */
class BatchNormalizationTest {
  static TestArray u(SplittableRandom rng, DType t, double lo, double hi, int... shape) {
    return TestArray.uniform(rng, t, lo, hi, shape);
  }

  /** x viewed as (outer, C, inner): per channel c, statistics over outer and inner. */
  static double[][] stats(TestArray x) {
    int[] s = x.shape();
    int c = s[1];
    int outer = s[0];
    int inner = x.size() / (outer * c);
    double[] mean = new double[c];
    double[] var = new double[c];
    for (int ch = 0; ch < c; ch++) {
      double sum = 0;
      for (int o = 0; o < outer; o++) {
        for (int i = 0; i < inner; i++) {
          sum += x.data()[(o * c + ch) * inner + i];
        }
      }
      mean[ch] = sum / (outer * inner);
      double sq = 0;
      for (int o = 0; o < outer; o++) {
        for (int i = 0; i < inner; i++) {
          double d = x.data()[(o * c + ch) * inner + i] - mean[ch];
          sq += d * d;
        }
      }
      var[ch] = sq / (outer * inner);
    }
    return new double[][] {mean, var};
  }

  static TestArray normalize(
      TestArray x, double[] g, double[] b, double[] mean, double[] var, double eps) {
    int[] s = x.shape();
    int c = s[1];
    int inner = x.size() / (s[0] * c);
    double[] y = new double[x.size()];
    for (int i = 0; i < y.length; i++) {
      int ch = (i / inner) % c;
      y[i] = g[ch] * (x.data()[i] - mean[ch]) / Math.sqrt(var[ch] + eps) + b[ch];
    }
    return new TestArray(y, s, x.dtype());
  }

  @Nested
  class Batch3d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        u(rng, t, -1, 1, 3, 2, 2), u(rng, t, 0.5, 1.5, 2), u(rng, t, -1, 1, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.batchNormalization(in[0], in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[][] st = stats(in[0]);
      return new TestArray[] {normalize(in[0], in[1].data(), in[2].data(), st[0], st[1], 2e-5)};
    }
  }

  @Nested
  class Batch2d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, -1, 1, 4, 3), u(rng, t, 0.5, 1.5, 3), u(rng, t, -1, 1, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {
        F.batchNormalization(in[0], in[1], in[2], 1e-3, null, null, 0.9, new int[] {0})
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[][] st = stats(in[0]);
      return new TestArray[] {normalize(in[0], in[1].data(), in[2].data(), st[0], st[1], 1e-3)};
    }
  }

  @Nested
  class Fixed extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        u(rng, t, -1, 1, 2, 3, 2),
        u(rng, t, 0.5, 1.5, 3),
        u(rng, t, -1, 1, 3),
        u(rng, t, -0.5, 0.5, 3),
        u(rng, t, 0.5, 1.5, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.fixedBatchNormalization(in[0], in[1], in[2], in[3], in[4])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {
        normalize(in[0], in[1].data(), in[2].data(), in[3].data(), in[4].data(), 2e-5)
      };
    }
  }

  /** x (2, 2, 3, 2) seen as (2, 6, 2): a gamma of shape (2, 3) covers axes 1 and 2. */
  static TestArray asChannels(TestArray x) {
    return new TestArray(x.data(), new int[] {2, 6, 2}, x.dtype());
  }

  static TestArray back(TestArray y, int[] shape) {
    return new TestArray(y.data(), shape, y.dtype());
  }

  /** Chainer's default axes with a 2-d gamma: (0, 3), not every axis but 1. */
  @Nested
  class BatchGamma2d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        u(rng, t, -1, 1, 2, 2, 3, 2), u(rng, t, 0.5, 1.5, 2, 3), u(rng, t, -1, 1, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.batchNormalization(in[0], in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray x = asChannels(in[0]);
      double[][] st = stats(x);
      TestArray y = normalize(x, in[1].data(), in[2].data(), st[0], st[1], 2e-5);
      return new TestArray[] {back(y, in[0].shape())};
    }
  }

  @Nested
  class FixedGamma2d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        u(rng, t, -1, 1, 2, 2, 3, 2),
        u(rng, t, 0.5, 1.5, 2, 3),
        u(rng, t, -1, 1, 2, 3),
        u(rng, t, -0.5, 0.5, 2, 3),
        u(rng, t, 0.5, 1.5, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.fixedBatchNormalization(in[0], in[1], in[2], in[3], in[4])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray y =
          normalize(
              asChannels(in[0]), in[1].data(), in[2].data(), in[3].data(), in[4].data(), 2e-5);
      return new TestArray[] {back(y, in[0].shape())};
    }
  }

  @Test
  void defaultAxesFollowGammasRank() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT64, 2, 3, 4, 5));
    Variable g = new Variable(NdArrays.zeros(DType.FLOAT64, 3, 4));
    assertArrayEquals(new int[] {0, 3}, BnAxes.of("f", null, 4, 2));
    assertArrayEquals(new int[] {0, 2, 3}, BnAxes.of("f", null, 4, 1));
    assertArrayEquals(new int[] {0}, BnAxes.of("f", null, 2, 1));
    assertArrayEquals(new int[] {2, 3, 4, 5}, F.batchNormalization(x, g, g).shape());
  }

  @Test
  void runningStatisticsUseDecayAndTheUnbiasedVariance() {
    double[] xd = {1, 10, 2, 20, 4, 40, 5, 50}; // (4, 2): channel 0 = 1,2,4,5; channel 1 = 10x
    Variable x = new Variable(NdArrays.of(xd, 4, 2));
    Variable g = new Variable(NdArrays.of(new double[] {1, 1}, 2));
    Variable b = new Variable(NdArrays.of(new double[] {0, 0}, 2));
    NdArray mean = NdArrays.of(new double[] {1, 1}, 2);
    NdArray var = NdArrays.of(new double[] {2, 2}, 2);
    F.batchNormalization(x, g, b, 2e-5, mean, var, 0.9, null);
    // channel 0: μ = 3, biased σ² = 2.5, unbiased 10/3; channel 1: μ = 30, unbiased 1000/3
    assertArrayEquals(new double[] {0.9 + 0.1 * 3, 0.9 + 0.1 * 30}, mean.toDoubleArray(), 1e-12);
    assertArrayEquals(
        new double[] {1.8 + 0.1 * 10 / 3.0, 1.8 + 0.1 * 1000 / 3.0}, var.toDoubleArray(), 1e-9);
  }

  @Test
  void gammaOfTheWrongShapeIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3, 4));
    Variable g = new Variable(NdArrays.zeros(DType.FLOAT32, 4));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.batchNormalization(x, g, g));
    assertTrue(e.getMessage().startsWith("batch_normalization: invalid argument gamma (input 1)"));
    assertTrue(
        e.getMessage()
            .contains(
                "Expect: gamma.shape == (3,) (x.shape without axes [0, 2])\nActual: gamma.shape == (4,)"));
  }
}
