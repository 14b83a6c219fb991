package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

/**
 * AdaGrad (Duchi, Hazan and Singer, "Adaptive Subgradient Methods for Online Learning and
 * Stochastic Optimization", JMLR 2011), as Chainer's {@code optimizers.AdaGrad}: {@code h ← h + g²;
 * θ ← θ − lr·g/(√h + eps)}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.001};
 *   <li>{@code eps} — added to √h, default {@code 1e-8}.
 * </ul>
 *
 * State per parameter: {@code h}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new AdaGrad(0.01, 1e-8).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class AdaGrad extends GradientMethod {
  public static final double DEFAULT_LR = 0.001;
  public static final double DEFAULT_EPS = 1e-8;

  /** Chainer's defaults. */
  public AdaGrad() {
    this(DEFAULT_LR, DEFAULT_EPS);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public AdaGrad(double lr, double eps) {
    hyperparam().set("lr", nonNegative("lr", lr));
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  @Override
  public AdaGrad setup(Link link) {
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

  /** One parameter's AdaGrad update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("h", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray h = state().get("h");
      NdArray g = param.grad();
      Ops.into(BinaryOp.ADD, h, Ops.square(g));
      NdArray denom = Ops.scalar(BinaryOp.ADD, Ops.sqrt(h), hp("eps"));
      Ops.axpy(param.array(), -hp("lr"), Ops.div(g, denom));
    }
  }

  /** The provider behind {@code Engine.get().optimizer("AdaGrad")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "AdaGrad",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("AdaGrad", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("eps", DEFAULT_EPS);
          return new AdaGrad(hp.get("lr"), hp.get("eps"));
        });
  }
}
