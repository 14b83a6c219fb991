package dl.optimizers;

import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * Momentum SGD with the learning rate applied after the velocity (Chainer's {@code
 * optimizers.CorrectedMomentumSGD}; Goyal et al., "Accurate, Large Minibatch SGD: Training ImageNet
 * in 1 Hour", 2017), so that changing {@code lr} does not rescale the accumulated velocity: {@code
 * v ← μ·v − g; θ ← θ + lr·v}.
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
 * Optimizer opt = new CorrectedMomentumSGD(0.1, 0.9).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class CorrectedMomentumSGD extends GradientMethod {
  public static final double DEFAULT_LR = 0.01;
  public static final double DEFAULT_MOMENTUM = 0.9;

  /** Chainer's defaults. */
  public CorrectedMomentumSGD() {
    this(DEFAULT_LR, DEFAULT_MOMENTUM);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public CorrectedMomentumSGD(double lr, double momentum) {
    hyperparam().set("lr", nonNegative("lr", lr));
    hyperparam().set("momentum", check("momentum", momentum, 0, 1, true));
  }

  @Override
  public CorrectedMomentumSGD setup(Link link) {
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

  /** One parameter's CorrectedMomentumSGD update, in place. */
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
      Ops.scale(v, hp("momentum"));
      Ops.axpy(v, -1, param.grad());
      Ops.axpy(param.array(), hp("lr"), v);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("CorrectedMomentumSGD")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "CorrectedMomentumSGD",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("CorrectedMomentumSGD", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("momentum", DEFAULT_MOMENTUM);
          return new CorrectedMomentumSGD(hp.get("lr"), hp.get("momentum"));
        });
  }
}
