package dl.functions.normalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** batch_renormalization against per-channel loops, with r and d both clipped and not. */
class BatchRenormalizationTest {
  static final double[] RUN_MEAN = {0.3, -0.2};
  static final double[] RUN_VAR = {0.05, 0.4};

  static TestArray expected(TestArray x, TestArray g, TestArray b, double rmax, double dmax) {
    double[][] st = BatchNormalizationTest.stats(x);
    int c = 2;
    int inner = x.size() / (x.shape()[0] * c);
    double[] y = new double[x.size()];
    for (int i = 0; i < y.length; i++) {
      int ch = (i / inner) % c;
      double std = Math.sqrt(st[1][ch] + 2e-5);
      double rs = Math.sqrt(RUN_VAR[ch] + 2e-5);
      double r = Math.min(Math.max(std / rs, 1 / rmax), rmax);
      double d = Math.min(Math.max((st[0][ch] - RUN_MEAN[ch]) / rs, -dmax), dmax);
      y[i] = g.data()[ch] * ((x.data()[i] - st[0][ch]) / std * r + d) + b.data()[ch];
    }
    return new TestArray(y, x.shape(), x.dtype());
  }

  abstract static class Case extends FunctionTestCase {
    abstract double rmax();

    abstract double dmax();

    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, t, -1, 1, 3, 2, 2),
        TestArray.uniform(rng, t, 0.5, 1.5, 2),
        TestArray.uniform(rng, t, -1, 1, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      DType t = in[0].dtype();
      NdArray m = NdArrays.of(RUN_MEAN, 2).astype(t);
      NdArray v = NdArrays.of(RUN_VAR, 2).astype(t);
      return new Variable[] {
        F.batchRenormalization(in[0], in[1], in[2], rmax(), dmax(), m, v, false)
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in[0], in[1], in[2], rmax(), dmax())};
    }
  }

  @Nested
  class Clipped extends Case {
    @Override
    double rmax() {
      return 1.2;
    }

    @Override
    double dmax() {
      return 0.1;
    }
  }

  @Nested
  class Unclipped extends Case {
    @Override
    double rmax() {
      return 100;
    }

    @Override
    double dmax() {
      return 100;
    }

    /**
     * Chainer holds r and d constant in backward; unclipped they move with x, so a numerical
     * derivative cannot agree. The backward is checked by {@link Clipped}, where both are clamped.
     */
    @Override
    protected boolean skipBackward() {
      return true;
    }
  }

  @Test
  void updatesRunningStatistics() {
    Variable x = new Variable(NdArrays.of(new double[] {1, 10, 2, 20, 4, 40, 5, 50}, 4, 2));
    Variable g = new Variable(NdArrays.of(new double[] {1, 1}, 2));
    Variable b = new Variable(NdArrays.of(new double[] {0, 0}, 2));
    NdArray mean = NdArrays.of(new double[] {1, 1}, 2);
    NdArray var = NdArrays.of(new double[] {2, 2}, 2);
    F.batchRenormalization(x, g, b, 3, 5, mean, var, true);
    assertArrayEquals(new double[] {1.2, 3.9}, mean.toDoubleArray(), 1e-12);
    assertArrayEquals(
        new double[] {1.8 + 0.1 * 10 / 3.0, 1.8 + 0.1 * 1000 / 3.0}, var.toDoubleArray(), 1e-9);
  }

  @Test
  void runningArraysAreRequired() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable g = new Variable(NdArrays.zeros(DType.FLOAT32, 3));
    assertThrows(
        InvalidTypeException.class, () -> F.batchRenormalization(x, g, g, 3, 5, null, null, false));
  }
}
