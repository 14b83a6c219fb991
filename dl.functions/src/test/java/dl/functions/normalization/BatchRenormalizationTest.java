package dl.functions.normalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.HashMap;
import java.util.Map;
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
      // Running statistics live on the device under test, as a link's persistents would.
      dl.api.Device dev = in[0].array().device();
      NdArray m = NdArrays.of(RUN_MEAN, 2).astype(t).toDevice(dev);
      NdArray v = NdArrays.of(RUN_VAR, 2).astype(t).toDevice(dev);
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

  /**
   * gamma (2, 3) on x (2, 2, 3, 2): the default axes are (0, 3), as in batch normalization; the
   * running arrays sit far from the batch statistics so r and d stay clipped (backward checkable).
   */
  abstract static class Gamma2d extends FunctionTestCase {
    static final double RM = 2.0;
    static final double RV = 1e-3;

    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, t, -1, 1, 2, 2, 3, 2),
        TestArray.uniform(rng, t, 0.5, 1.5, 2, 3),
        TestArray.uniform(rng, t, -1, 1, 2, 3)
      };
    }

    abstract Variable call(Variable[] in, NdArray m, NdArray v);

    @Override
    protected Variable[] forward(Variable[] in) {
      DType t = in[0].dtype();
      NdArray m = in[0].array().backend().full(new int[] {2, 3}, RM, t);
      NdArray v = in[0].array().backend().full(new int[] {2, 3}, RV, t);
      return new Variable[] {call(in, m, v)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      TestArray x = BatchNormalizationTest.asChannels(in[0]);
      double[][] st = BatchNormalizationTest.stats(x);
      double[] y = new double[x.size()];
      for (int i = 0; i < y.length; i++) {
        int ch = (i / 2) % 6;
        double std = Math.sqrt(st[1][ch] + 2e-5);
        double rs = Math.sqrt(RV + 2e-5);
        double r = Math.min(Math.max(std / rs, 1 / 1.2), 1.2);
        double d = Math.min(Math.max((st[0][ch] - RM) / rs, -0.1), 0.1);
        y[i] = in[1].data()[ch] * ((x.data()[i] - st[0][ch]) / std * r + d) + in[2].data()[ch];
      }
      return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
    }
  }

  @Nested
  class Gamma2dDefaultAxes extends Gamma2d {
    @Override
    Variable call(Variable[] in, NdArray m, NdArray v) {
      return F.batchRenormalization(in[0], in[1], in[2], 1.2, 0.1, m, v, false);
    }
  }

  @Nested
  class Gamma2dExplicitAxes extends Gamma2d {
    @Override
    Variable call(Variable[] in, NdArray m, NdArray v) {
      return F.batchRenormalization(
          in[0], in[1], in[2], 1.2, 0.1, 2e-5, m, v, 0.9, false, new int[] {0, -1});
    }
  }

  @Test
  void fullOverloadUsesEpsAndDecay() {
    Variable x = new Variable(NdArrays.of(new double[] {1, 10, 2, 20, 4, 40, 5, 50}, 4, 2));
    Variable g = new Variable(NdArrays.of(new double[] {1, 1}, 2));
    Variable b = new Variable(NdArrays.of(new double[] {0, 0}, 2));
    NdArray mean = NdArrays.of(new double[] {1, 1}, 2);
    NdArray var = NdArrays.of(new double[] {2, 2}, 2);
    double eps = 1e-3;
    Variable y = F.batchRenormalization(x, g, b, 3, 5, eps, mean, var, 0.5, true, null);
    // channel 0: μ 3, σ² 2.5, r = √(2.5+eps)/√(2+eps), d = 2/√(2+eps); channel 1: μ 30, σ² 250,
    // r clipped to 3, d clipped to 5
    double s0 = Math.sqrt(2.5 + eps);
    double s1 = Math.sqrt(250 + eps);
    double rs = Math.sqrt(2 + eps);
    double[] xs = {1, 10, 2, 20, 4, 40, 5, 50};
    double[] want = new double[8];
    for (int i = 0; i < 8; i++) {
      want[i] = i % 2 == 0 ? (xs[i] - 3) / s0 * (s0 / rs) + 2 / rs : (xs[i] - 30) / s1 * 3 + 5;
    }
    assertArrayEquals(want, y.array().toDoubleArray(), 1e-12);
    assertArrayEquals(new double[] {2, 15.5}, mean.toDoubleArray(), 1e-12);
    assertArrayEquals(
        new double[] {1 + 0.5 * 10 / 3.0, 1 + 0.5 * 1000 / 3.0}, var.toDoubleArray(), 1e-9);
  }

  @Test
  void providerTakesAxisAndEps() {
    // channels along axis 0, reduced over axis 1: the default axes would reject gamma (2)
    Variable x = new Variable(NdArrays.of(new double[] {1, 2, 4, 5, 10, 20, 40, 50}, 2, 4));
    Variable g = new Variable(NdArrays.of(new double[] {1, 1}, 2));
    Map<String, Object> o = new HashMap<>();
    o.put("rmax", 3.0);
    o.put("dmax", 5.0);
    o.put("eps", 1e-3);
    o.put("running_mean", NdArrays.of(new double[] {1, 1}, 2));
    o.put("running_var", NdArrays.of(new double[] {2, 2}, 2));
    o.put("axis", new int[] {1});
    Variable y = BatchRenormalization.provider().apply(o, x, g, g)[0];
    // x = 4 in channel 0: (4 − 3)/σ·r + d with r = σ/√(2+eps), d = 2/√(2+eps); beta 1
    assertEquals(3 / Math.sqrt(2 + 1e-3) + 1, y.array().toDoubleArray()[2], 1e-12);
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
