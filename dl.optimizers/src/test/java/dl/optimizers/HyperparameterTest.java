package dl.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.Optimizer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Rules inherit the optimizer's hyperparameters unless they override them; bad values fail. */
class HyperparameterTest {
  @Test
  void ruleInheritsTheOptimizersValueUntilItOverridesIt() {
    Holder h = new Holder(new double[] {1, 1}, new double[] {1, 1});
    SGD opt = new SGD(0.1).setup(h);
    assertEquals(0.1, h.p.updateRule().hyperparam().get("lr"));
    h.q.updateRule().hyperparam().set("lr", 0.5); // q overrides
    opt.setLr(0.2); // p follows the optimizer
    assertEquals(0.2, h.p.updateRule().hyperparam().get("lr"));
    assertEquals(0.5, h.q.updateRule().hyperparam().get("lr"));

    h.p.setGrad(Holder.vec(1, 2));
    h.q.setGrad(Holder.vec(1, 2));
    opt.update();
    assertEquals(1 - 0.2 * 1, h.p.array().getDouble(0), 1e-15);
    assertEquals(1 - 0.2 * 2, h.p.array().getDouble(1), 1e-15);
    assertEquals(1 - 0.5 * 1, h.q.array().getDouble(0), 1e-15);
    assertEquals(1 - 0.5 * 2, h.q.array().getDouble(1), 1e-15);
  }

  @Test
  void adamRuleOverridesAlphaAndInheritsTheBetas() {
    Holder h = new Holder(new double[] {1}, new double[] {1});
    Adam opt = new Adam(0.01).setup(h);
    h.q.updateRule().hyperparam().set("alpha", 0.1);
    opt.hyperparam().set("beta1", 0.5);
    h.p.setGrad(Holder.vec(2));
    h.q.setGrad(Holder.vec(2));
    opt.update();
    // after one step: m = (1-β1)·g, v = (1-β2)·g², lr_t = α·√(1-β2)/(1-β1)
    double b1 = 0.5;
    double b2 = 0.999;
    double m = (1 - b1) * 2;
    double v = (1 - b2) * 4;
    double p = 1 - 0.01 * Math.sqrt(1 - b2) / (1 - b1) * m / (Math.sqrt(v) + 1e-8);
    double q = 1 - 0.1 * Math.sqrt(1 - b2) / (1 - b1) * m / (Math.sqrt(v) + 1e-8);
    assertEquals(p, h.p.array().getDouble(0), 1e-15);
    assertEquals(q, h.q.array().getDouble(0), 1e-15);
  }

  private static void assertRejected(Supplier<Optimizer> make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
    for (String f : fragments) {
      if (!e.getMessage().contains(f)) {
        throw new AssertionError("message '" + e.getMessage() + "' lacks '" + f + "'");
      }
    }
  }

  @Test
  void invalidHyperparametersAreRejectedWithTheirRangeAndValue() {
    assertRejected(() -> new SGD(-0.1), "SGD", "lr", "[0.0, Infinity)", "-0.1");
    assertRejected(() -> new SGD(Double.NaN), "SGD", "lr", "NaN");
    assertRejected(() -> new MomentumSGD(-1), "MomentumSGD", "lr", "-1.0");
    assertRejected(
        () -> new MomentumSGD(MomentumSGD.Options.builder().lr(0.01).momentum(1.5).build()),
        "MomentumSGD",
        "momentum",
        "[0.0, 1.0]",
        "1.5");
    assertRejected(() -> new Adam(-1e-3), "Adam", "alpha", "[0.0, Infinity)", "-0.001");
    assertRejected(
        () ->
            new Adam(Adam.Options.builder().alpha(1e-3).beta1(1.0).beta2(0.999).eps(1e-8).build()),
        "Adam",
        "beta1",
        "[0.0, 1.0)",
        "got 1.0");
    assertRejected(
        () ->
            new Adam(Adam.Options.builder().alpha(1e-3).beta1(-0.1).beta2(0.999).eps(1e-8).build()),
        "Adam",
        "beta1",
        "-0.1");
    assertRejected(
        () -> new Adam(Adam.Options.builder().alpha(1e-3).beta1(0.9).beta2(1.2).eps(1e-8).build()),
        "Adam",
        "beta2",
        "[0.0, 1.0)",
        "1.2");
    assertRejected(
        () ->
            new Adam(Adam.Options.builder().alpha(1e-3).beta1(0.9).beta2(0.999).eps(-1e-8).build()),
        "Adam",
        "eps",
        "[0.0, Infinity)",
        "-1.0E-8");
    assertRejected(
        () ->
            new Adam(
                Adam.Options.builder()
                    .alpha(1e-3)
                    .beta1(0.9)
                    .beta2(0.999)
                    .eps(1e-8)
                    .eta(-1)
                    .weightDecayRate(0)
                    .build()),
        "Adam",
        "eta",
        "-1.0");
    assertRejected(
        () ->
            new Adam(
                Adam.Options.builder()
                    .alpha(1e-3)
                    .beta1(0.9)
                    .beta2(0.999)
                    .eps(1e-8)
                    .eta(1)
                    .weightDecayRate(-0.5)
                    .build()),
        "Adam",
        "weight_decay_rate",
        "-0.5");
    SGD sgd = new SGD();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sgd.setLr(-2));
    assertEquals("SGD: hyperparameter lr must be in [0.0, Infinity), got -2.0", e.getMessage());
  }
}
