package dl.optimizers.hooks;

import dl.api.BinaryOp;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.OptimizerHook;
import dl.api.Parameter;
import dl.api.ReduceOp;
import dl.api.UnaryOp;

/**
 * Rescales all gradients together when their global L2 norm exceeds a threshold (Chainer's {@code
 * optimizer_hooks.GradientClipping}; Pascanu, Mikolov and Bengio, "On the difficulty of training
 * recurrent neural networks", ICML 2013): with {@code n = √(Σ‖g‖²)} over every initialised
 * parameter, every gradient is multiplied by {@code threshold / n} when that is below 1 (as
 * Chainer, no eps). Hyperparameter: {@code threshold} (no default, {@code > 0}). Called once per
 * update; Chainer's timing: pre.
 *
 * <pre>{@code
 * opt.addHook("GradientClipping", OptimizerHook.Timing.PRE, new GradientClipping(5.0));
 * }</pre>
 */
public final class GradientClipping implements OptimizerHook {
  private final double threshold;

  public GradientClipping(double threshold) {
    if (!(threshold > 0)) {
      throw new IllegalArgumentException(
          "GradientClipping: threshold must be > 0, got " + threshold);
    }
    this.threshold = threshold;
  }

  /** The global L2 norm of the gradients of {@code optimizer}'s target. */
  public static double globalNorm(Optimizer optimizer) {
    double s = 0;
    for (Parameter p : optimizer.target().params(false)) {
      NdArray g = p.grad();
      if (g != null) {
        s += g.backend().reduceAll(ReduceOp.SUM, g.backend().unary(UnaryOp.SQUARE, g)).item();
      }
    }
    return Math.sqrt(s);
  }

  @Override
  public void call(Optimizer optimizer) {
    double rate = threshold / globalNorm(optimizer);
    if (rate < 1) {
      for (Parameter p : optimizer.target().params(false)) {
        NdArray g = p.grad();
        if (g != null) {
          g.backend().binaryInto(BinaryOp.MUL, g, g.backend().full(new int[0], rate, g.dtype()));
        }
      }
    }
  }
}
