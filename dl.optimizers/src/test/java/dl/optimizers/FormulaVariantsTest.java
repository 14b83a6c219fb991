package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first three steps of the optimizers added after SGD, MomentumSGD and Adam, against their
 * update formulas (chainer-reference.md section 4) evaluated here in double precision.
 */
class FormulaVariantsTest {
  static final double[] P0 = FormulaTest.P0;
  static final double[] Q0 = FormulaTest.Q0;

  /** Per-parameter state of a formula: {@code n} arrays of the parameter's length. */
  private static FormulaTest.Stepper withState(int n, double init, StateStep f) {
    Map<String, double[][]> st = new HashMap<>();
    return (th, g, t, w) -> {
      double[][] s =
          st.computeIfAbsent(
              w,
              k -> {
                double[][] a = new double[n][th.length];
                if (init != 0) {
                  java.util.Arrays.fill(a[0], init);
                }
                return a;
              });
      for (int i = 0; i < th.length; i++) {
        f.step(th, g, s, i, t);
      }
    };
  }

  @FunctionalInterface
  interface StateStep {
    void step(double[] th, double[] g, double[][] s, int i, int t);
  }

  private static void run(GradientMethod opt, FormulaTest.Stepper expected) {
    Holder h = new Holder(P0, Q0);
    opt.setup(h);
    FormulaTest.runSteps(opt, h, expected);
    for (var e : h.p.updateRule().state().entrySet()) {
      assertEquals(DType.FLOAT64, e.getValue().dtype(), e.getKey());
      assertEquals(h.p.array().device(), e.getValue().device(), e.getKey());
    }
  }

  @Test
  void correctedMomentumSgd() {
    CorrectedMomentumSGD opt = new CorrectedMomentumSGD();
    assertEquals(0.01, opt.lr());
    assertEquals(0.9, opt.momentum());
    run(
        new CorrectedMomentumSGD(
            CorrectedMomentumSGD.Options.builder().lr(0.05).momentum(0.7).build()),
        withState(
            1,
            0,
            (th, g, s, i, t) -> {
              s[0][i] = 0.7 * s[0][i] - g[i];
              th[i] += 0.05 * s[0][i];
            }));
  }

  @Test
  void nesterovAg() {
    NesterovAG opt = new NesterovAG();
    assertEquals(0.01, opt.lr());
    assertEquals(0.9, opt.momentum());
    run(
        new NesterovAG(NesterovAG.Options.builder().lr(0.05).momentum(0.7).build()),
        withState(
            1,
            0,
            (th, g, s, i, t) -> {
              s[0][i] = 0.7 * s[0][i] - 0.05 * g[i];
              th[i] += 0.49 * s[0][i] - 1.7 * 0.05 * g[i];
            }));
  }

  @Test
  void adaGrad() {
    AdaGrad d = new AdaGrad();
    assertEquals(0.001, d.lr());
    assertEquals(1e-8, d.eps());
    run(
        new AdaGrad(AdaGrad.Options.builder().lr(0.1).eps(1e-3).build()),
        withState(
            1,
            0,
            (th, g, s, i, t) -> {
              s[0][i] += g[i] * g[i];
              th[i] -= 0.1 * g[i] / (Math.sqrt(s[0][i]) + 1e-3);
            }));
  }

  @Test
  void adaDelta() {
    AdaDelta d = new AdaDelta();
    assertEquals(0.95, d.rho());
    assertEquals(1e-6, d.eps());
    run(
        new AdaDelta(AdaDelta.Options.builder().rho(0.9).eps(1e-3).build()),
        withState(
            2,
            0,
            (th, g, s, i, t) -> {
              s[0][i] = 0.9 * s[0][i] + 0.1 * g[i] * g[i];
              double dx = Math.sqrt((s[1][i] + 1e-3) / (s[0][i] + 1e-3)) * g[i];
              s[1][i] = 0.9 * s[1][i] + 0.1 * dx * dx;
              th[i] -= dx;
            }));
  }

  @Test
  void rmsprop() {
    RMSprop d = new RMSprop();
    assertEquals(0.01, d.lr());
    assertEquals(0.99, d.alpha());
    assertEquals(1e-8, d.eps());
    assertTrue(!d.epsInsideSqrt());
    run(
        new RMSprop(
            RMSprop.Options.builder().lr(0.05).alpha(0.9).eps(1e-2).epsInsideSqrt(false).build()),
        withState(
            1,
            0,
            (th, g, s, i, t) -> {
              s[0][i] = 0.9 * s[0][i] + 0.1 * g[i] * g[i];
              th[i] -= 0.05 * g[i] / (Math.sqrt(s[0][i]) + 1e-2);
            }));
  }

  @Test
  void rmspropWithEpsInsideSqrt() {
    run(
        new RMSprop(
            RMSprop.Options.builder().lr(0.05).alpha(0.9).eps(1e-2).epsInsideSqrt(true).build()),
        withState(
            1,
            0,
            (th, g, s, i, t) -> {
              s[0][i] = 0.9 * s[0][i] + 0.1 * g[i] * g[i];
              th[i] -= 0.05 * g[i] / Math.sqrt(s[0][i] + 1e-2);
            }));
  }

  @Test
  void rmspropGraves() {
    RMSpropGraves d = new RMSpropGraves();
    assertEquals(1e-4, d.lr());
    assertEquals(0.95, d.alpha());
    assertEquals(0.9, d.momentum());
    assertEquals(1e-4, d.eps());
    run(
        new RMSpropGraves(
            RMSpropGraves.Options.builder().lr(0.01).alpha(0.8).momentum(0.7).eps(1e-2).build()),
        withState(
            3,
            0,
            (th, g, s, i, t) -> {
              s[0][i] = 0.8 * s[0][i] + 0.2 * g[i] * g[i];
              s[1][i] = 0.8 * s[1][i] + 0.2 * g[i];
              s[2][i] = 0.7 * s[2][i] - 0.01 * g[i] / Math.sqrt(s[0][i] - s[1][i] * s[1][i] + 1e-2);
              th[i] += s[2][i];
            }));
  }

  @Test
  void smorms3() {
    SMORMS3 d = new SMORMS3();
    assertEquals(0.001, d.lr());
    assertEquals(1e-16, d.eps());
    run(
        new SMORMS3(SMORMS3.Options.builder().lr(0.05).eps(1e-4).build()),
        withState(
            3,
            1,
            (th, g, s, i, t) -> {
              double r = 1 / (s[0][i] + 1);
              s[1][i] = (1 - r) * s[1][i] + r * g[i];
              s[2][i] = (1 - r) * s[2][i] + r * g[i] * g[i];
              double x = s[1][i] * s[1][i] / (s[2][i] + 1e-4);
              th[i] -= g[i] * Math.min(x, 0.05) / (Math.sqrt(s[2][i]) + 1e-4);
              s[0][i] = 1 + s[0][i] * (1 - x);
            }));
  }

  private static FormulaTest.Stepper adamVariant(
      double alpha, double eps, double wd, boolean ams, boolean bound, double finalLr, double gm) {
    double b1 = 0.9;
    double b2 = 0.99;
    return withState(
        3,
        0,
        (th, g, s, i, t) -> {
          s[0][i] += (1 - b1) * (g[i] - s[0][i]);
          s[1][i] += (1 - b2) * (g[i] * g[i] - s[1][i]);
          s[2][i] = ams ? Math.max(s[2][i], s[1][i]) : s[1][i];
          double lrT = alpha * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
          double step = lrT / (Math.sqrt(s[2][i]) + eps);
          if (bound) {
            double lo = finalLr * (1 - 1 / (gm * t + 1));
            double hi = finalLr * (1 + 1 / (gm * t));
            step = Math.min(Math.max(step, lo), hi);
          }
          th[i] -= 0.5 * (step * s[0][i] + wd * th[i]);
        });
  }

  @Test
  void adamWithAmsgrad() {
    run(
        new Adam(
            Adam.Options.builder()
                .alpha(0.05)
                .beta1(0.9)
                .beta2(0.99)
                .eps(1e-3)
                .eta(0.5)
                .weightDecayRate(0.01)
                .amsgrad(true)
                .adabound(false)
                .finalLr(0.1)
                .gamma(1e-3)
                .build()),
        adamVariant(0.05, 1e-3, 0.01, true, false, 0, 0));
  }

  @Test
  void adamWithAdaboundClipsTheStep() {
    // gamma = 0.5 makes the bounds tight enough that clipping changes the result
    run(
        new Adam(
            Adam.Options.builder()
                .alpha(0.05)
                .beta1(0.9)
                .beta2(0.99)
                .eps(1e-3)
                .eta(0.5)
                .weightDecayRate(0)
                .amsgrad(false)
                .adabound(true)
                .finalLr(0.2)
                .gamma(0.5)
                .build()),
        adamVariant(0.05, 1e-3, 0, false, true, 0.2, 0.5));
  }

  @Test
  void amsBoundAndNamedVariantsPresetTheirFlags() {
    run(
        new AMSBound(
            Adam.Options.builder()
                .alpha(0.05)
                .beta1(0.9)
                .beta2(0.99)
                .finalLr(0.2)
                .gamma(0.5)
                .eps(1e-3)
                .eta(0.5)
                .build()),
        adamVariant(0.05, 1e-3, 0, true, true, 0.2, 0.5));
    assertTrue(new AMSGrad().amsgrad());
    assertTrue(!new AMSGrad().adabound());
    assertTrue(new AdaBound().adabound());
    assertTrue(!new AdaBound().amsgrad());
    assertEquals(0.1, new AdaBound().finalLr());
    assertEquals(1e-3, new AdaBound().gamma());
    assertEquals(0.0, new AdamW().weightDecayRate());
    run(
        new AdamW(
            Adam.Options.builder()
                .alpha(0.05)
                .beta1(0.9)
                .beta2(0.99)
                .eps(1e-3)
                .eta(0.5)
                .weightDecayRate(0.1)
                .build()),
        adamVariant(0.05, 1e-3, 0.1, false, false, 0, 0));
  }

  @Test
  void adaBoundFinalLrFollowsAlphaChangesRelativeToTheInitialAlpha() {
    Holder h = new Holder(P0, Q0);
    AdaBound opt =
        new AdaBound(
                Adam.Options.builder()
                    .alpha(0.05)
                    .beta1(0.9)
                    .beta2(0.99)
                    .finalLr(0.2)
                    .gamma(0.5)
                    .eps(1e-3)
                    .eta(1.0)
                    .build())
            .setup(h);
    h.p.setGrad(Holder.vec(FormulaTest.G[0]));
    h.q.setGrad(Holder.vec(FormulaTest.G[0]));
    opt.update();
    opt.setAlpha(0.1); // final_lr' = 0.2 · 0.1 / 0.05 = 0.4 from now on
    double[] before = h.p.array().toDoubleArray();
    h.p.setGrad(Holder.vec(FormulaTest.G[1]));
    h.q.setGrad(Holder.vec(FormulaTest.G[1]));
    opt.update();
    // reference: two steps with alpha changed at step 2
    double[] th = P0.clone();
    double[] m = new double[4];
    double[] v = new double[4];
    for (int t = 1; t <= 2; t++) {
      double alpha = t == 1 ? 0.05 : 0.1;
      double f = 0.2 * alpha / 0.05;
      double[] g = FormulaTest.G[t - 1];
      for (int i = 0; i < 4; i++) {
        m[i] += 0.1 * (g[i] - m[i]);
        v[i] += 0.01 * (g[i] * g[i] - v[i]);
        double lrT = alpha * Math.sqrt(1 - Math.pow(0.99, t)) / (1 - Math.pow(0.9, t));
        double step = lrT / (Math.sqrt(v[i]) + 1e-3);
        step = Math.min(Math.max(step, f * (1 - 1 / (0.5 * t + 1))), f * (1 + 1 / (0.5 * t)));
        th[i] -= step * m[i];
      }
    }
    dl.testing.Allclose.assertAllclose(th, h.p.array().toDoubleArray(), 1e-13, 1e-13, "p");
    assertTrue(before[0] != h.p.array().getDouble(0));
  }

  @Test
  void msvag() {
    MSVAG d = new MSVAG();
    assertEquals(0.1, d.lr());
    assertEquals(0.9, d.beta());
    assertEquals(1.0, d.eta());
    assertEquals(0.0, d.weightDecayRate());
    double beta = 0.8;
    run(
        new MSVAG(
            MSVAG.Options.builder().lr(0.1).beta(beta).eta(0.5).weightDecayRate(0.01).build()),
        withState(
            2,
            0,
            (th, g, s, i, t) -> {
              s[0][i] += (1 - beta) * (g[i] - s[0][i]);
              s[1][i] += (1 - beta) * (g[i] * g[i] - s[1][i]);
              double bp = Math.pow(beta, t);
              double mt = s[0][i] / (1 - bp);
              double vt = s[1][i] / (1 - bp);
              double rho =
                  Math.min(
                      (1 - beta)
                          * (1 - beta)
                          * (1 - bp * bp)
                          / ((1 - bp) * (1 - bp) * (1 - beta * beta)),
                      0.9999);
              double sv = (vt - mt * mt) / (1 - rho);
              double f = mt * mt / (mt * mt + rho * sv);
              f = Double.isNaN(f) ? 0 : Math.min(Math.max(f, 0), 1);
              th[i] -= 0.5 * (0.1 * mt * f + 0.01 * th[i]);
            }));
  }
}
