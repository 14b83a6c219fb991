package dl.optimizers.hooks;

import dl.api.NdArray;

/**
 * L2 regularisation through the gradient (Chainer's {@code optimizer_hooks.WeightDecay}; Krogh and
 * Hertz, "A Simple Weight Decay Can Improve Generalization", NIPS 1991): {@code g ← g + rate·θ}.
 * Hyperparameter: {@code rate} (no default, {@code >= 0}). Chainer's timing: pre.
 *
 * <pre>{@code
 * opt.addHook("WeightDecay", OptimizerHook.Timing.PRE, new WeightDecay(1e-4));
 * }</pre>
 */
public final class WeightDecay extends PerParamHook {
  private final double rate;

  public WeightDecay(double rate) {
    this.rate = checkNonNegative("WeightDecay", "rate", rate);
  }

  public double rate() {
    return rate;
  }

  @Override
  protected void apply(NdArray param, NdArray grad, int t) {
    grad.backend().axpyInto(grad, rate, param);
  }
}
