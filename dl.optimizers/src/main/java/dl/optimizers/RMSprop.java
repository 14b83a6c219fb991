package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * RMSprop (Tieleman and Hinton, "Lecture 6.5 — RMSProp", COURSERA: Neural Networks for Machine
 * Learning, 2012), as Chainer's {@code optimizers.RMSprop}: {@code ms ← α·ms + (1−α)·g²; θ ← θ −
 * lr·g/(√ms + eps)}, or {@code θ ← θ − lr·g/√(ms + eps)} with {@code eps_inside_sqrt}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01};
 *   <li>{@code alpha} — decay α, in {@code [0, 1)}, default {@code 0.99};
 *   <li>{@code eps} — added to √ms, default {@code 1e-8};
 *   <li>{@code eps_inside_sqrt} — whether eps goes inside the square root (1 or 0 in the
 *       hyperparameter map), default {@code 0}.
 * </ul>
 *
 * State per parameter: {@code ms}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new RMSprop(0.01, 0.99, 1e-8, 0).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class RMSprop extends GradientMethod {
  public static final double DEFAULT_LR = 0.01;
  public static final double DEFAULT_ALPHA = 0.99;
  public static final double DEFAULT_EPS = 1e-8;
  public static final double DEFAULT_EPS_INSIDE_SQRT = 0; // false

  /** Chainer's defaults. */
  public RMSprop() {
    this(DEFAULT_LR, DEFAULT_ALPHA, DEFAULT_EPS, false);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public RMSprop(double lr, double alpha, double eps, boolean epsInsideSqrt) {
    hyperparam().set("lr", nonNegative("lr", lr));
    hyperparam().set("alpha", check("alpha", alpha, 0, 1, false));
    hyperparam().set("eps", nonNegative("eps", eps));
    hyperparam().set("eps_inside_sqrt", epsInsideSqrt ? 1 : 0);
  }

  @Override
  public RMSprop setup(Link link) {
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

  /** {@code eps}. */
  public double eps() {
    return hyperparam().get("eps");
  }

  /** Changes {@code eps} for every rule that does not override it. */
  public void setEps(double eps) {
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  /** {@code eps_inside_sqrt}. */
  public boolean epsInsideSqrt() {
    return hyperparam().get("eps_inside_sqrt") != 0;
  }

  /** Changes {@code eps_inside_sqrt} for every rule that does not override it. */
  public void setEpsInsideSqrt(boolean epsInsideSqrt) {
    hyperparam().set("eps_inside_sqrt", epsInsideSqrt ? 1 : 0);
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's RMSprop update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("ms", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray ms = state().get("ms");
      NdArray g = param.grad();
      Ops.ema(ms, Ops.square(g), hp("alpha"));
      NdArray denom =
          hp("eps_inside_sqrt") != 0
              ? Ops.sqrt(Ops.scalar(BinaryOp.ADD, ms, hp("eps")))
              : Ops.scalar(BinaryOp.ADD, Ops.sqrt(ms), hp("eps"));
      Ops.axpy(param.array(), -hp("lr"), Ops.div(g, denom));
    }
  }

  /** The provider behind {@code Engine.get().optimizer("RMSprop")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "RMSprop",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("RMSprop", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("alpha", DEFAULT_ALPHA)
                  .declare("eps", DEFAULT_EPS)
                  .declare("eps_inside_sqrt", DEFAULT_EPS_INSIDE_SQRT);
          return new RMSprop(
              hp.get("lr"), hp.get("alpha"), hp.get("eps"), hp.get("eps_inside_sqrt") != 0);
        });
  }
}
