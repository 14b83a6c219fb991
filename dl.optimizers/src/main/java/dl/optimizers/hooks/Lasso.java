package dl.optimizers.hooks;

import dl.api.NdArray;
import dl.api.UnaryOp;

/**
 * L1 regularisation through the gradient (Chainer's {@code optimizer_hooks.Lasso}; Tibshirani,
 * "Regression Shrinkage and Selection via the Lasso", 1996): {@code g ← g + rate·sign(θ)}.
 * Hyperparameter: {@code rate} (no default, {@code >= 0}). Chainer's timing: pre.
 *
 * <pre>{@code
 * opt.addHook("Lasso", OptimizerHook.Timing.PRE, new Lasso(1e-4));
 * }</pre>
 */
public final class Lasso extends PerParamHook {
  private final double rate;

  public Lasso(double rate) {
    this.rate = checkNonNegative("Lasso", "rate", rate);
  }

  @Override
  protected void apply(NdArray param, NdArray grad, int t) {
    grad.backend().axpyInto(grad, rate, param.backend().unary(UnaryOp.SIGN, param));
  }
}
