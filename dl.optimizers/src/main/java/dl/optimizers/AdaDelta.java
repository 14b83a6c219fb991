package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * AdaDelta (Zeiler, "ADADELTA: An Adaptive Learning Rate Method", 2012), as Chainer's {@code
 * optimizers.AdaDelta}: {@code msg ← ρ·msg + (1−ρ)·g²; dx = √((msdx + eps)/(msg + eps))·g; msdx ←
 * ρ·msdx + (1−ρ)·dx²; θ ← θ − dx}. There is no learning rate.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code rho} — decay ρ, in {@code [0, 1)}, default {@code 0.95};
 *   <li>{@code eps} — added inside the ratio, default {@code 1e-6}.
 * </ul>
 *
 * State per parameter: {@code msg}, {@code msdx}, on the parameter's device, created on its first
 * update.
 *
 * <pre>{@code
 * Optimizer opt = new AdaDelta().setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class AdaDelta extends GradientMethod {
  public static final double DEFAULT_RHO = 0.95;
  public static final double DEFAULT_EPS = 1e-6;

  /** Chainer's defaults. */
  public AdaDelta() {
    this(DEFAULT_RHO, DEFAULT_EPS);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public AdaDelta(double rho, double eps) {
    hyperparam().set("rho", check("rho", rho, 0, 1, false));
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  @Override
  public AdaDelta setup(Link link) {
    super.setup(link);
    return this;
  }

  /** {@code rho}. */
  public double rho() {
    return hyperparam().get("rho");
  }

  /** Changes {@code rho} for every rule that does not override it. */
  public void setRho(double rho) {
    hyperparam().set("rho", check("rho", rho, 0, 1, false));
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

  /** One parameter's AdaDelta update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("msg", Ops.zerosLike(param.array()));
      putState("msdx", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray msg = state().get("msg");
      NdArray msdx = state().get("msdx");
      NdArray g = param.grad();
      double rho = hp("rho");
      double eps = hp("eps");
      Ops.ema(msg, Ops.square(g), rho);
      NdArray ratio =
          Ops.div(Ops.scalar(BinaryOp.ADD, msdx, eps), Ops.scalar(BinaryOp.ADD, msg, eps));
      NdArray dx = Ops.mul(Ops.sqrt(ratio), g);
      Ops.ema(msdx, Ops.square(dx), rho);
      Ops.axpy(param.array(), -1, dx);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("AdaDelta")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "AdaDelta",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("AdaDelta", h)
                  .declare("rho", DEFAULT_RHO)
                  .declare("eps", DEFAULT_EPS);
          return new AdaDelta(hp.get("rho"), hp.get("eps"));
        });
  }
}
