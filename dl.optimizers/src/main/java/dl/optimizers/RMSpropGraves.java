package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * Graves' RMSprop with momentum (Graves, "Generating Sequences With Recurrent Neural Networks",
 * 2013), as Chainer's {@code optimizers.RMSpropGraves}, eps inside the square root: {@code n ← α·n
 * + (1−α)·g²; ḡ ← α·ḡ + (1−α)·g; δ ← μ·δ − lr·g/√(n − ḡ² + eps); θ ← θ + δ}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 1e-4};
 *   <li>{@code alpha} — decay α, in {@code [0, 1)}, default {@code 0.95};
 *   <li>{@code momentum} — μ, in {@code [0, 1]}, default {@code 0.9};
 *   <li>{@code eps} — added inside the square root, default {@code 1e-4}.
 * </ul>
 *
 * State per parameter: {@code n}, {@code g}, {@code delta}, on the parameter's device, created on
 * its first update.
 *
 * <pre>{@code
 * Optimizer opt = new RMSpropGraves().setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class RMSpropGraves extends GradientMethod {
  public static final double DEFAULT_LR = 1e-4;
  public static final double DEFAULT_ALPHA = 0.95;
  public static final double DEFAULT_MOMENTUM = 0.9;
  public static final double DEFAULT_EPS = 1e-4;

  /** Chainer's defaults. */
  public RMSpropGraves() {
    this(DEFAULT_LR, DEFAULT_ALPHA, DEFAULT_MOMENTUM, DEFAULT_EPS);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public RMSpropGraves(double lr, double alpha, double momentum, double eps) {
    hyperparam().set("lr", nonNegative("lr", lr));
    hyperparam().set("alpha", check("alpha", alpha, 0, 1, false));
    hyperparam().set("momentum", check("momentum", momentum, 0, 1, true));
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  @Override
  public RMSpropGraves setup(Link link) {
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

  /** {@code alpha}. */
  public double alpha() {
    return hyperparam().get("alpha");
  }

  /** Changes {@code alpha} for every rule that does not override it. */
  public void setAlpha(double alpha) {
    hyperparam().set("alpha", check("alpha", alpha, 0, 1, false));
  }

  /** {@code momentum}. */
  public double momentum() {
    return hyperparam().get("momentum");
  }

  /** Changes {@code momentum} for every rule that does not override it. */
  public void setMomentum(double momentum) {
    hyperparam().set("momentum", check("momentum", momentum, 0, 1, true));
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

  /** One parameter's RMSpropGraves update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("n", Ops.zerosLike(param.array()));
      putState("g", Ops.zerosLike(param.array()));
      putState("delta", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray n = state().get("n");
      NdArray gbar = state().get("g");
      NdArray delta = state().get("delta");
      NdArray g = param.grad();
      double a = hp("alpha");
      Ops.ema(n, Ops.square(g), a);
      Ops.ema(gbar, g, a);
      NdArray var = g.backend().binary(BinaryOp.SUB, n, Ops.square(gbar));
      NdArray denom = Ops.sqrt(Ops.scalar(BinaryOp.ADD, var, hp("eps")));
      Ops.scale(delta, hp("momentum"));
      Ops.axpy(delta, -hp("lr"), Ops.div(g, denom));
      Ops.into(BinaryOp.ADD, param.array(), delta);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("RMSpropGraves")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "RMSpropGraves",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("RMSpropGraves", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("alpha", DEFAULT_ALPHA)
                  .declare("momentum", DEFAULT_MOMENTUM)
                  .declare("eps", DEFAULT_EPS);
          return new RMSpropGraves(
              hp.get("lr"), hp.get("alpha"), hp.get("momentum"), hp.get("eps"));
        });
  }
}
