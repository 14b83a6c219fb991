package dl.optimizers;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * Stochastic gradient descent with classical momentum (Chainer's {@code optimizers.MomentumSGD};
 * Polyak, "Some methods of speeding up the convergence of iteration methods", 1964): {@code v ← μ·v
 * − lr·g; θ ← θ + v}, with the velocity {@code v} starting at zero.
 *
 * <p>Hyperparameters (names as in Chainer):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01}, must be {@code >= 0};
 *   <li>{@code momentum} — μ, default {@code 0.9}, must be in {@code [0, 1]}.
 * </ul>
 *
 * State per parameter: {@code v}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new MomentumSGD(0.05, 0.9).setup(model);
 * }</pre>
 */
public class MomentumSGD extends GradientMethod {
  public static final double DEFAULT_LR = 0.01;
  public static final double DEFAULT_MOMENTUM = 0.9;

  /** Chainer's defaults: {@code lr = 0.01, momentum = 0.9}. */
  public MomentumSGD() {
    this(DEFAULT_LR, DEFAULT_MOMENTUM);
  }

  /** The given learning rate with momentum 0.9. */
  public MomentumSGD(double lr) {
    this(lr, DEFAULT_MOMENTUM);
  }

  /** The given hyperparameters; values out of range are rejected with their bound. */
  public MomentumSGD(double lr, double momentum) {
    hyperparam().set("lr", checkRange("lr", lr, 0, true, Double.POSITIVE_INFINITY, false));
    hyperparam().set("momentum", checkRange("momentum", momentum, 0, true, 1, true));
  }

  @Override
  public MomentumSGD setup(Link link) {
    super.setup(link);
    return this;
  }

  public double lr() {
    return hyperparam().get("lr");
  }

  /** Changes the learning rate of every rule that does not override it. */
  public void setLr(double lr) {
    hyperparam().set("lr", checkRange("lr", lr, 0, true, Double.POSITIVE_INFINITY, false));
  }

  public double momentum() {
    return hyperparam().get("momentum");
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** {@code v ← μ·v − lr·g; θ ← θ + v} in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("v", param.array().backend().zeros(param.shape(), param.dtype()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray p = param.array();
      NdArray v = state().get("v");
      Backend b = p.backend();
      b.binaryInto(BinaryOp.MUL, v, b.full(new int[0], hyperparam().get("momentum"), v.dtype()));
      b.axpyInto(v, -hyperparam().get("lr"), param.grad());
      b.binaryInto(BinaryOp.ADD, p, v);
    }
  }

  /**
   * The provider behind {@code Engine.get().optimizer("MomentumSGD")}: hyperparameters {@code lr}
   * and {@code momentum}.
   */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "MomentumSGD",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("MomentumSGD", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("momentum", DEFAULT_MOMENTUM);
          return new MomentumSGD(hp.get("lr"), hp.get("momentum"));
        });
  }
}
