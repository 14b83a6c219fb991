package dl.optimizers;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * SMORMS3 (Funk, "RMSprop loses to SMORMS3 — Beware the Epsilon!", 2015), as Chainer's {@code
 * optimizers.SMORMS3}, with {@code mem} starting at 1: {@code r = 1/(mem + 1); ḡ ← (1−r)·ḡ + r·g;
 * g2 ← (1−r)·g2 + r·g²; x = ḡ²/(g2 + eps); θ ← θ − g·min(x, lr)/(√g2 + eps); mem ← 1 + mem·(1 −
 * x)}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate (the cap of x), default {@code 0.001};
 *   <li>{@code eps} — added to g2 and √g2, default {@code 1e-16}.
 * </ul>
 *
 * State per parameter: {@code mem}, {@code g}, {@code g2}, on the parameter's device, created on
 * its first update.
 *
 * <pre>{@code
 * Optimizer opt = new SMORMS3().setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class SMORMS3 extends GradientMethod {
  public static final double DEFAULT_LR = 0.001;
  public static final double DEFAULT_EPS = 1e-16;

  /** Chainer's defaults. */
  public SMORMS3() {
    this(DEFAULT_LR, DEFAULT_EPS);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public SMORMS3(double lr, double eps) {
    hyperparam().set("lr", nonNegative("lr", lr));
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  @Override
  public SMORMS3 setup(Link link) {
    super.setup(link);
    return this;
  }

  /** {@code lr}. */
  public double lr() {
    return hyperparam().get("lr");
  }

  /** Changes {@code lr} for every rule that does not override it. */
  public void setLr(double lr) {
    hyperparam().set("lr", nonNegative("lr", lr));
  }

  /** {@code eps}. */
  public double eps() {
    return hyperparam().get("eps");
  }

  /** Changes {@code eps} for every rule that does not override it. */
  public void setEps(double eps) {
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's SMORMS3 update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("mem", Ops.fullLike(param.array(), 1));
      putState("g", Ops.zerosLike(param.array()));
      putState("g2", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray mem = state().get("mem");
      NdArray gbar = state().get("g");
      NdArray g2 = state().get("g2");
      NdArray g = param.grad();
      Backend b = g.backend();
      double eps = hp("eps");
      NdArray r = b.binaryScalar(BinaryOp.DIV, Ops.scalar(BinaryOp.ADD, mem, 1), 1, true);
      // s ← s + r·(x − s), i.e. (1 − r)·s + r·x
      Ops.into(BinaryOp.ADD, gbar, Ops.mul(r, b.binary(BinaryOp.SUB, g, gbar)));
      Ops.into(BinaryOp.ADD, g2, Ops.mul(r, b.binary(BinaryOp.SUB, Ops.square(g), g2)));
      NdArray x = Ops.div(Ops.square(gbar), Ops.scalar(BinaryOp.ADD, g2, eps));
      NdArray rate = Ops.scalar(BinaryOp.MINIMUM, x, hp("lr"));
      NdArray denom = Ops.scalar(BinaryOp.ADD, Ops.sqrt(g2), eps);
      Ops.into(BinaryOp.SUB, param.array(), Ops.div(Ops.mul(g, rate), denom));
      // mem ← 1 + mem·(1 − x)
      Ops.into(BinaryOp.MUL, mem, b.binaryScalar(BinaryOp.SUB, x, 1, true));
      Ops.into(BinaryOp.ADD, mem, b.full(new int[0], 1, mem.dtype()));
    }
  }

  /** The provider behind {@code Engine.get().optimizer("SMORMS3")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "SMORMS3",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("SMORMS3", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("eps", DEFAULT_EPS);
          return new SMORMS3(hp.get("lr"), hp.get("eps"));
        });
  }
}
