package dl.optimizers.hooks;

import dl.api.NdArray;
import java.util.SplittableRandom;

/**
 * Adds annealed Gaussian noise to the gradients (Chainer's {@code optimizer_hooks.GradientNoise};
 * Neelakantan et al., "Adding Gradient Noise Improves Learning for Very Deep Networks", 2015):
 * {@code g ← g + N(0, σ²)} with {@code σ = √(eta / (1 + t)^0.55)}, {@code t} being the rule's
 * update count. Hyperparameters: {@code eta} (no default, {@code >= 0}); a seed makes it
 * reproducible. Chainer's timing: pre.
 *
 * <pre>{@code
 * opt.addHook("noise", OptimizerHook.Timing.PRE, new GradientNoise(0.01, 42));
 * }</pre>
 */
public final class GradientNoise extends PerParamHook {
  private final double eta;
  private final SplittableRandom seeds;

  public GradientNoise(double eta, long seed) {
    this.eta = checkNonNegative("GradientNoise", "eta", eta);
    this.seeds = new SplittableRandom(seed);
  }

  /** The standard deviation of the noise added at update {@code t}. */
  public double std(int t) {
    return Math.sqrt(eta / Math.pow(1 + t, 0.55));
  }

  @Override
  protected void apply(NdArray param, NdArray grad, int t) {
    NdArray noise =
        grad.backend().randomNormal(grad.shape(), grad.dtype(), 0, std(t), seeds.nextLong());
    grad.backend().axpyInto(grad, 1, noise);
  }
}
