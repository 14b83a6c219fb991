package dl.optimizers;

import dl.api.Hyperparameter;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * Vanilla stochastic gradient descent (Chainer's {@code optimizers.SGD}; Robbins and Monro, "A
 * Stochastic Approximation Method", Annals of Mathematical Statistics, 1951): {@code θ ← θ − lr·g}.
 *
 * <p>Hyperparameters (names as in Chainer):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01}, must be {@code >= 0}.
 * </ul>
 *
 * <pre>{@code
 * Optimizer opt = new SGD(0.1).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class SGD extends GradientMethod {
  /** Chainer's default learning rate. */
  public static final double DEFAULT_LR = 0.01;

  /** SGD with {@code lr = 0.01}. */
  public SGD() {
    this(DEFAULT_LR);
  }

  /** SGD with the given learning rate; a negative or NaN one is rejected. */
  public SGD(double lr) {
    hyperparam().set("lr", checkRange("lr", lr, 0, true, Double.POSITIVE_INFINITY, false));
  }

  @Override
  public SGD setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The learning rate (rules that do not override it use this value). */
  public double lr() {
    return hyperparam().get("lr");
  }

  /** Changes the learning rate of every rule that does not override it. */
  public void setLr(double lr) {
    hyperparam().set("lr", checkRange("lr", lr, 0, true, Double.POSITIVE_INFINITY, false));
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** {@code θ ← θ − lr·g} in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void step(Parameter param) {
      NdArray p = param.array();
      p.backend().axpyInto(p, -hyperparam().get("lr"), param.grad());
    }
  }

  /** The provider behind {@code Engine.get().optimizer("SGD")}: hyperparameter {@code lr}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "SGD",
        h -> {
          Hyperparameters hp = Hyperparameters.of("SGD", h).declare("lr", DEFAULT_LR);
          return new SGD(hp.get("lr"));
        });
  }
}
