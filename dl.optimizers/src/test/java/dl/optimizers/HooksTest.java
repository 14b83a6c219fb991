package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.NdArrays;
import dl.api.OptimizerHook.Timing;
import dl.api.Variable;
import dl.optimizers.hooks.GradientClipping;
import dl.optimizers.hooks.GradientHardClipping;
import dl.optimizers.hooks.GradientLARS;
import dl.optimizers.hooks.GradientNoise;
import dl.optimizers.hooks.Lasso;
import dl.optimizers.hooks.WeightDecay;
import dl.testing.Allclose;
import org.junit.jupiter.api.Test;

/** Optimizer hooks against their formulas, with SGD(lr = 1) so that θ' = θ − g_hooked. */
class HooksTest {
  static final double[] P = {0.5, -2.0, 0.005};
  static final double[] Q = {1.0, 3.0};
  static final double[] GP = {0.3, -0.4, 1.2};
  static final double[] GQ = {2.0, -1.0};

  private static Holder step(dl.api.OptimizerHook hook, Timing timing) {
    Holder h = new Holder(P, Q);
    SGD opt = new SGD(1).setup(h);
    opt.addHook("h", timing, hook);
    h.p.setGrad(Holder.vec(GP));
    h.q.setGrad(Holder.vec(GQ));
    opt.update();
    return h;
  }

  private static void expect(Holder h, double[] gp, double[] gq) {
    double[] p = new double[P.length];
    double[] q = new double[Q.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = P[i] - gp[i];
    }
    for (int i = 0; i < q.length; i++) {
      q[i] = Q[i] - gq[i];
    }
    Allclose.assertAllclose(p, h.p.array().toDoubleArray(), 1e-14, 1e-14, "p");
    Allclose.assertAllclose(q, h.q.array().toDoubleArray(), 1e-14, 1e-14, "q");
  }

  @Test
  void weightDecayAddsRateTimesTheta() {
    Holder h = step(new WeightDecay(0.1), Timing.PRE);
    expect(
        h,
        new double[] {0.3 + 0.05, -0.4 - 0.2, 1.2 + 0.0005},
        new double[] {2.0 + 0.1, -1.0 + 0.3});
  }

  @Test
  void lassoAddsRateTimesSign() {
    Holder h = step(new Lasso(0.1), Timing.PRE);
    expect(h, new double[] {0.4, -0.5, 1.3}, new double[] {2.1, -0.9});
  }

  @Test
  void gradientClippingScalesByThresholdOverTheGlobalNorm() {
    double norm = Math.sqrt(0.09 + 0.16 + 1.44 + 4 + 1);
    Holder h = step(new GradientClipping(1.5), Timing.PRE);
    double r = 1.5 / norm;
    expect(h, new double[] {0.3 * r, -0.4 * r, 1.2 * r}, new double[] {2 * r, -r});
    // above the norm: no change
    expect(step(new GradientClipping(10), Timing.PRE), GP, GQ);
  }

  @Test
  void hardClippingClipsEachElement() {
    Holder h = step(new GradientHardClipping(-0.35, 1.0), Timing.PRE);
    expect(h, new double[] {0.3, -0.35, 1.0}, new double[] {1.0, -0.35});
  }

  @Test
  void larsScalesLargeParametersOnly() {
    double wd = 0.01;
    Holder h = step(new GradientLARS(0.1, wd, 1e-9), Timing.PRE);
    double pn = Math.sqrt(0.25 + 4 + 0.000025);
    double gn = Math.sqrt(0.09 + 0.16 + 1.44);
    double rp = pn / (1e-9 + gn + wd * pn);
    double qn = Math.sqrt(10);
    double rq = qn / (1e-9 + Math.sqrt(5) + wd * qn);
    double[] gp = new double[3];
    for (int i = 0; i < 3; i++) {
      gp[i] = (GP[i] + wd * P[i]) * rp;
    }
    expect(h, gp, new double[] {(2 + wd) * rq, (-1 + wd * 3) * rq});
    // a parameter whose norm is below the threshold keeps rate 1 (only the decay is added)
    Holder small = step(new GradientLARS(100, wd, 1e-9), Timing.PRE);
    expect(
        small,
        new double[] {0.3 + wd * 0.5, -0.4 - wd * 2, 1.2 + wd * 0.005},
        new double[] {2 + wd, -1 + 3 * wd});
  }

  @Test
  void gradientNoiseHasTheAnnealedStandardDeviation() {
    GradientNoise n = new GradientNoise(0.3, 5);
    assertEquals(Math.sqrt(0.3 / Math.pow(2, 0.55)), n.std(1), 1e-15);
    // 20000 samples: the sample std of the added noise is within 3% of σ at t = 1
    Holder h = new Holder(new double[20000], new double[] {0});
    SGD opt = new SGD(1).setup(h);
    opt.addHook("noise", Timing.PRE, n);
    h.p.setGrad(Holder.vec(new double[20000]));
    h.q.setGrad(Holder.vec(0));
    opt.update();
    double[] d = h.p.array().toDoubleArray();
    double s = 0;
    for (double v : d) {
      s += v * v;
    }
    assertEquals(n.std(1), Math.sqrt(s / d.length), 0.03 * n.std(1));
  }

  @Test
  void postHooksSeeTheUpdatedParameters() {
    double[] seen = new double[1];
    Holder h = new Holder(P, Q);
    SGD opt = new SGD(1).setup(h);
    opt.addHook("pre", Timing.PRE, o -> seen[0] = h.p.array().getDouble(0));
    h.p.setGrad(Holder.vec(GP));
    h.q.setGrad(Holder.vec(GQ));
    opt.update();
    assertEquals(0.5, seen[0]);
    opt.removeHook("pre");
    opt.addHook("post", Timing.POST, o -> seen[0] = h.p.array().getDouble(0));
    opt.update();
    assertEquals(0.5 - 0.6, seen[0], 1e-15);
  }

  @Test
  void perParameterRuleHookOnlyTouchesItsParameter() {
    Holder h = new Holder(P, Q);
    SGD opt = new SGD(1).setup(h);
    GradientRule r = (GradientRule) h.q.updateRule();
    r.addHook("decay", GradientRule.Timing.PRE, new WeightDecay(0.1));
    assertEquals(java.util.List.of("decay"), r.hookNames());
    h.p.setGrad(Holder.vec(GP));
    h.q.setGrad(Holder.vec(GQ));
    opt.update();
    expect(h, GP, new double[] {2.1, -0.7});
    assertThrows(
        IllegalArgumentException.class,
        () -> r.addHook("decay", GradientRule.Timing.POST, new WeightDecay(1)));
  }

  @Test
  void addHookWithoutNameUsesTheClassNameAndPreTiming() {
    Holder h = new Holder(P, Q);
    SGD opt = new SGD(1).setup(h);
    opt.addHook(new WeightDecay(0.1));
    assertEquals(java.util.List.of("WeightDecay"), opt.hookNames());
    h.p.setGrad(Holder.vec(GP));
    h.q.setGrad(Holder.vec(GQ));
    opt.update();
    expect(
        h,
        new double[] {0.3 + 0.05, -0.4 - 0.2, 1.2 + 0.0005},
        new double[] {2.0 + 0.1, -1.0 + 0.3});
  }

  @Test
  void badHookArgumentsAreRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new WeightDecay(-1));
    assertTrue(e.getMessage().contains("WeightDecay: rate"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new GradientClipping(0));
    assertThrows(IllegalArgumentException.class, () -> new GradientHardClipping(1, -1));
    assertThrows(IllegalArgumentException.class, () -> new GradientLARS(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new GradientNoise(Double.NaN, 0));
  }

  @Test
  void staticLossScalingGivesTheUnscaledUpdate() {
    Holder h = new Holder(new double[] {1, 2}, new double[] {0});
    SGD opt = new SGD(0.1).setup(h);
    opt.lossScaling(1000, 128.0);
    Variable x = Variable.constant(NdArrays.of(new double[] {0.5, -1}, 2));
    opt.update(() -> h.p.mul(x).sum());
    Allclose.assertAllclose(
        new double[] {1 - 0.05, 2 + 0.1}, h.p.array().toDoubleArray(), 1e-15, 1e-15, "p");
    assertEquals(128.0, opt.lossScale());
  }

  @Test
  void dynamicLossScalingSkipsNonFiniteStepsAndAdaptsTheScale() {
    Holder h = new Holder(new double[] {1, 2}, new double[] {0});
    SGD opt = new SGD(0.1).setup(h);
    opt.lossScaling();
    assertEquals(1.0, opt.lossScale());
    Variable x = Variable.constant(NdArrays.of(new double[] {0.5, -1}, 2));
    opt.update(() -> h.p.mul(x).sum());
    assertEquals(2.0, opt.lossScale(), "doubles until the first overflow");
    opt.update(() -> h.p.mul(x).sum());
    assertEquals(4.0, opt.lossScale());
    Allclose.assertAllclose(
        new double[] {1 - 0.1, 2 + 0.2}, h.p.array().toDoubleArray(), 1e-15, 1e-15, "p");
    double[] before = h.p.array().toDoubleArray();
    // an overflow: the step is skipped, the scale halves
    h.p.setGrad(Holder.vec(Double.POSITIVE_INFINITY, 1));
    h.q.setGrad(Holder.vec(0));
    opt.update();
    assertTrue(opt.lastUpdateSkipped());
    assertEquals(2.0, opt.lossScale());
    assertEquals(2, opt.t());
    Allclose.assertAllclose(before, h.p.array().toDoubleArray(), 0, 0, "p unchanged");
    opt.update(() -> h.p.mul(x).sum());
    assertFalse(opt.lastUpdateSkipped());
    assertEquals(2.0 * Math.pow(2, 1.0 / 1000), opt.lossScale(), 1e-15, "slow growth after one");
    Allclose.assertAllclose(
        new double[] {1 - 0.15, 2 + 0.3}, h.p.array().toDoubleArray(), 1e-15, 1e-15, "p");
    assertThrows(IllegalArgumentException.class, () -> opt.lossScaling(0, null));
    assertThrows(IllegalArgumentException.class, () -> opt.lossScaling(10, -2.0));
  }
}
