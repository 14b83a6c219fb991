package dl.optimizers;

import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * Nesterov's accelerated gradient (Chainer's {@code optimizers.NesterovAG}; Sutskever et al., "On
 * the importance of initialization and momentum in deep learning", ICML 2013), in Chainer's form,
 * which updates with the new velocity: {@code v ← μ·v − lr·g; θ ← θ + μ²·v − (1 + μ)·lr·g}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01};
 *   <li>{@code momentum} — μ, in {@code [0, 1]}, default {@code 0.9}.
 * </ul>
 *
 * State per parameter: {@code v}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new NesterovAG(0.01, 0.9).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class NesterovAG extends GradientMethod {
  public static final double DEFAULT_LR = 0.01;
  public static final double DEFAULT_MOMENTUM = 0.9;

  /** Chainer's defaults. */
  public NesterovAG() {
    this(DEFAULT_LR, DEFAULT_MOMENTUM);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public NesterovAG(double lr, double momentum) {
    hyperparam().set("lr", nonNegative("lr", lr));
    hyperparam().set("momentum", check("momentum", momentum, 0, 1, true));
  }

  @Override
  public NesterovAG setup(Link link) {
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

  /** {@code momentum}. */
  public double momentum() {
    return hyperparam().get("momentum");
  }

  /** Changes {@code momentum} for every rule that does not override it. */
  public void setMomentum(double momentum) {
    hyperparam().set("momentum", check("momentum", momentum, 0, 1, true));
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's NesterovAG update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("v", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray v = state().get("v");
      NdArray g = param.grad();
      double mu = hp("momentum");
      double lr = hp("lr");
      Ops.scale(v, mu);
      Ops.axpy(v, -lr, g);
      Ops.axpy(param.array(), mu * mu, v);
      Ops.axpy(param.array(), -(1 + mu) * lr, g);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("NesterovAG")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "NesterovAG",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("NesterovAG", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("momentum", DEFAULT_MOMENTUM);
          return new NesterovAG(hp.get("lr"), hp.get("momentum"));
        });
  }
}
