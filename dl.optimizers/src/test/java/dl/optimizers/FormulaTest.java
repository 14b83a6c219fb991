package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.testing.Allclose;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first three steps of each optimizer on float64 parameters with fixed gradients, against the
 * update formula evaluated here in double precision, independently of the optimizer's code.
 */
class FormulaTest {
  static final double[] P0 = {0.5, -1.25, 2.0, 0.0};
  static final double[] Q0 = {-0.3, 0.7, 1.1, -2.2};

  /** Gradients of p at steps 1, 2, 3 (q gets these reversed and negated). */
  static final double[][] G = {
    {0.1, -0.2, 0.3, 1.5},
    {-0.4, 0.25, 0.05, -0.7},
    {0.9, 0.0, -1.2, 0.33}
  };

  static final double TOL = 1e-13;

  private static double[] qGrad(int step) {
    double[] g = G[step].clone();
    for (int i = 0; i < g.length; i++) {
      g[i] = -g[g.length - 1 - i] * 0.5;
    }
    return g;
  }

  /** Runs three steps and checks p and q after each against {@code expected}. */
  static void runSteps(Optimizer opt, Holder h, Stepper expected) {
    double[] p = P0.clone();
    double[] q = Q0.clone();
    for (int step = 0; step < 3; step++) {
      h.p.setGrad(Holder.vec(G[step]));
      h.q.setGrad(Holder.vec(qGrad(step)));
      opt.update();
      expected.step(p, G[step], step + 1, "p");
      expected.step(q, qGrad(step), step + 1, "q");
      Allclose.assertAllclose(
          p, h.p.array().toDoubleArray(), TOL, TOL, "p after step " + (step + 1));
      Allclose.assertAllclose(
          q, h.q.array().toDoubleArray(), TOL, TOL, "q after step " + (step + 1));
      assertEquals(step + 1, opt.t());
    }
  }

  @FunctionalInterface
  interface Stepper {
    /** Updates {@code theta} in place for step {@code t} (1-based) of parameter {@code which}. */
    void step(double[] theta, double[] g, int t, String which);
  }

  @Test
  void sgdFollowsItsFormulaForThreeSteps() {
    Holder h = new Holder(P0, Q0);
    SGD opt = new SGD().setup(h);
    assertEquals(0.01, opt.lr());
    runSteps(
        opt,
        h,
        (th, g, t, w) -> {
          for (int i = 0; i < th.length; i++) {
            th[i] -= 0.01 * g[i];
          }
        });
  }

  @Test
  void momentumSgdFollowsItsFormulaForThreeSteps() {
    Holder h = new Holder(P0, Q0);
    MomentumSGD opt =
        new MomentumSGD(MomentumSGD.Options.builder().lr(0.05).momentum(0.8).build()).setup(h);
    assertTrue(h.p.updateRule().state().isEmpty(), "no state before the first update");
    Map<String, double[]> vel = new java.util.HashMap<>();
    runSteps(
        opt,
        h,
        (th, g, t, w) -> {
          double[] v = vel.computeIfAbsent(w, k -> new double[th.length]);
          for (int i = 0; i < th.length; i++) {
            v[i] = 0.8 * v[i] - 0.05 * g[i];
            th[i] += v[i];
          }
        });
    NdArray v = h.p.updateRule().state().get("v");
    assertEquals(h.p.array().device(), v.device(), "state on the parameter's device");
    assertEquals(DType.FLOAT64, v.dtype());
    Allclose.assertAllclose(vel.get("p"), v.toDoubleArray(), TOL, TOL, "velocity of p");
  }

  @Test
  void momentumSgdDefaults() {
    MomentumSGD opt = new MomentumSGD();
    assertEquals(0.01, opt.lr());
    assertEquals(0.9, opt.momentum());
  }

  private static Stepper adamFormula(
      double alpha, double b1, double b2, double eps, double eta, double wd) {
    Map<String, double[][]> st = new java.util.HashMap<>();
    return (th, g, t, w) -> {
      double[][] mv = st.computeIfAbsent(w, k -> new double[2][th.length]);
      double lrT = alpha * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
      for (int i = 0; i < th.length; i++) {
        mv[0][i] += (1 - b1) * (g[i] - mv[0][i]);
        mv[1][i] += (1 - b2) * (g[i] * g[i] - mv[1][i]);
        th[i] -= eta * (lrT * mv[0][i] / (Math.sqrt(mv[1][i]) + eps) + wd * th[i]);
      }
    };
  }

  @Test
  void adamWithDefaultsFollowsItsFormulaForThreeSteps() {
    Holder h = new Holder(P0, Q0);
    Adam opt = new Adam().setup(h);
    assertEquals(1e-3, opt.alpha());
    assertEquals(0.9, opt.beta1());
    assertEquals(0.999, opt.beta2());
    assertEquals(1e-8, opt.eps());
    assertEquals(1.0, opt.eta());
    assertEquals(0.0, opt.weightDecayRate());
    runSteps(opt, h, adamFormula(1e-3, 0.9, 0.999, 1e-8, 1.0, 0));
    assertEquals(2, h.p.updateRule().state().size());
    assertEquals(h.p.array().device(), h.p.updateRule().state().get("m").device());
  }

  @Test
  void adamWithEveryHyperparameterFollowsItsFormulaForThreeSteps() {
    Holder h = new Holder(P0, Q0);
    Adam opt =
        new Adam(
                Adam.Options.builder()
                    .alpha(0.05)
                    .beta1(0.8)
                    .beta2(0.95)
                    .eps(1e-3)
                    .eta(0.5)
                    .weightDecayRate(0.01)
                    .build())
            .setup(h);
    runSteps(opt, h, adamFormula(0.05, 0.8, 0.95, 1e-3, 0.5, 0.01));
  }

  @Test
  void adamLrIsTheBiasCorrectedAlphaAtTheOptimizersStep() {
    Holder h = new Holder(P0, Q0);
    Adam opt =
        new Adam(Adam.Options.builder().alpha(0.002).beta1(0.9).beta2(0.99).eps(1e-8).build())
            .setup(h);
    IllegalStateException e = assertThrows(IllegalStateException.class, opt::lr);
    assertTrue(e.getMessage().contains("before the first update"), e.getMessage());
    for (int t = 1; t <= 3; t++) {
      h.p.setGrad(Holder.vec(G[t - 1]));
      h.q.setGrad(Holder.vec(G[t - 1]));
      opt.update();
      double expected = 0.002 * Math.sqrt(1 - Math.pow(0.99, t)) / (1 - Math.pow(0.9, t));
      assertEquals(expected, opt.lr(), 1e-15);
      assertEquals(expected, ((Adam.Rule) h.p.updateRule()).lr(), 1e-15);
    }
  }

  @Test
  void disabledRuleLeavesItsParameterAlone() {
    Holder h = new Holder(P0, Q0);
    Optimizer opt = new SGD(0.1).setup(h);
    h.q.updateRule().setEnabled(false);
    h.p.setGrad(Holder.vec(G[0]));
    h.q.setGrad(Holder.vec(G[0]));
    opt.update();
    Allclose.assertAllclose(Q0, h.q.array().toDoubleArray(), 0, 0, "frozen q");
    assertEquals(P0[0] - 0.1 * G[0][0], h.p.array().getDouble(0), 1e-15);
  }

  @Test
  void setupReturnsTheSameOptimizerAndResetsT() {
    Holder h = new Holder(P0, Q0);
    Adam opt = new Adam();
    assertSame(opt, opt.setup(h));
    h.p.setGrad(Holder.vec(G[0]));
    opt.update();
    assertEquals(1, opt.t());
    opt.setup(h);
    assertEquals(0, opt.t());
  }
}
