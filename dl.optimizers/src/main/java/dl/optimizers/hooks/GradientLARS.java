package dl.optimizers.hooks;

import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.UnaryOp;

/**
 * Layer-wise adaptive rate scaling (Chainer's {@code optimizer_hooks.GradientLARS}; You, Gitman and
 * Ginsburg, "Large Batch Training of Convolutional Networks", 2017): with {@code p = ‖θ‖} and
 * {@code q = ‖g‖}, {@code rate = p/(eps + q + weight_decay·p)} if {@code p > threshold}, else 1;
 * then {@code g ← (g + weight_decay·θ)·rate}.
 *
 * <p>Hyperparameters: {@code threshold = 1e-2}, {@code weight_decay = 0}, {@code eps = 1e-9}
 * (Chainer's defaults). Chainer's timing: pre.
 *
 * <pre>{@code
 * opt.addHook("lars", OptimizerHook.Timing.PRE, new GradientLARS());
 * }</pre>
 */
public final class GradientLARS extends PerParamHook {
  private final double threshold;
  private final double weightDecay;
  private final double eps;

  /** Chainer's defaults. */
  public GradientLARS() {
    this(1e-2, 0, 1e-9);
  }

  public GradientLARS(double threshold, double weightDecay, double eps) {
    this.threshold = checkNonNegative("GradientLARS", "threshold", threshold);
    this.weightDecay = checkNonNegative("GradientLARS", "weight_decay", weightDecay);
    this.eps = checkNonNegative("GradientLARS", "eps", eps);
  }

  private static double norm(NdArray a) {
    return Math.sqrt(
        a.backend().reduceAll(ReduceOp.SUM, a.backend().unary(UnaryOp.SQUARE, a)).item());
  }

  @Override
  protected void apply(NdArray param, NdArray grad, int t) {
    double p = norm(param);
    double q = norm(grad);
    double rate = p > threshold ? p / (eps + q + weightDecay * p) : 1.0;
    if (weightDecay != 0) {
      grad.backend().axpyInto(grad, weightDecay, param);
    }
    grad.backend()
        .binaryInto(dl.api.BinaryOp.MUL, grad, grad.backend().full(new int[0], rate, grad.dtype()));
  }
}
