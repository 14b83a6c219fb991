package dl.optimizers.hooks;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.NdArray;

/**
 * Clips each gradient element into {@code [lower, upper]} (Chainer's {@code
 * optimizer_hooks.GradientHardClipping}; Mikolov, "Statistical Language Models Based on Neural
 * Networks", 2012). Hyperparameters: {@code lower_bound}, {@code upper_bound} (no defaults, lower
 * {@code <=} upper). Chainer's timing: pre.
 *
 * <pre>{@code
 * opt.addHook("clip", OptimizerHook.Timing.PRE, new GradientHardClipping(-1, 1));
 * }</pre>
 */
public final class GradientHardClipping extends PerParamHook {
  private final double lower;
  private final double upper;

  public GradientHardClipping(double lowerBound, double upperBound) {
    if (!(lowerBound <= upperBound)) {
      throw new IllegalArgumentException(
          "GradientHardClipping: lower_bound must be <= upper_bound, got "
              + lowerBound
              + " > "
              + upperBound);
    }
    this.lower = lowerBound;
    this.upper = upperBound;
  }

  @Override
  protected void apply(NdArray param, NdArray grad, int t) {
    Backend b = grad.backend();
    b.binaryInto(BinaryOp.MAXIMUM, grad, b.full(new int[0], lower, grad.dtype()));
    b.binaryInto(BinaryOp.MINIMUM, grad, b.full(new int[0], upper, grad.dtype()));
  }
}
