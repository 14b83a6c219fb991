package dl.optimizers;

import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.Variable;
import java.util.function.Supplier;

/**
 * An optimizer that updates each parameter from its gradient through a {@link GradientRule}
 * (Chainer's {@code GradientMethod}), with Chainer's static and dynamic loss scaling ({@code
 * loss_scaling(interval=1000, scale=None)}; Micikevicius et al., "Mixed Precision Training", ICLR
 * 2018).
 *
 * <p>With loss scaling the loss is multiplied by {@link #lossScale()} before backward, so the
 * gradients arrive scaled; {@link #update()} divides them back before the hooks and the rules run.
 * Gradients computed outside {@link #update(Supplier)} must be scaled the same way (Chainer's
 * {@code loss.backward(loss_scale=...)}). Under dynamic scaling (starting at 1) a step whose
 * gradients are not all finite is skipped entirely (no hooks, no rule updates, {@code t} unchanged)
 * and the scale halves (never below 1); otherwise the scale doubles after each step until the first
 * overflow, then grows by {@code 2^(1/interval)}, never above 65504.
 *
 * <pre>{@code
 * Adam opt = new Adam().setup(model);
 * opt.lossScaling();                        // dynamic, interval 1000
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public abstract class GradientMethod extends Optimizer {
  /** The largest loss scale (the largest finite float16). */
  public static final double MAX_LOSS_SCALE = 65504;

  private double lossScale = 1;
  private boolean scaling;
  private boolean dynamic;
  private int interval = 1000;
  private boolean overflowSeen;
  private boolean lastSkipped;

  /** Dynamic loss scaling with Chainer's interval 1000. */
  public void lossScaling() {
    lossScaling(1000, null);
  }

  /**
   * Chainer's {@code loss_scaling}: a fixed {@code scale}, or dynamic scaling when it is null
   * ({@code interval} then sets the growth after the first overflow).
   */
  public void lossScaling(int interval, Double scale) {
    if (interval < 1) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": loss scaling interval must be >= 1, got " + interval);
    }
    if (scale != null && (!(scale > 0) || scale.isInfinite())) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": loss scale must be finite and > 0, got " + scale);
    }
    this.scaling = true;
    this.dynamic = scale == null;
    this.interval = interval;
    this.lossScale = scale == null ? 1 : scale;
    this.overflowSeen = false;
  }

  /** The current loss scale (1 without loss scaling). */
  public double lossScale() {
    return lossScale;
  }

  /** Whether the last {@link #update()} was skipped for non-finite gradients. */
  public boolean lastUpdateSkipped() {
    return lastSkipped;
  }

  @Override
  public void update(Supplier<Variable> lossFunction) {
    Variable loss = lossFunction.get();
    target().cleargrads();
    Variable scaled = scaling && lossScale != 1 ? loss.mul(lossScale) : loss;
    scaled.backward();
    scaled.unchainBackward();
    update();
  }

  @Override
  public void update() {
    lastSkipped = false;
    if (scaling) {
      if (dynamic && !gradsFinite()) {
        lossScale = Math.max(1, lossScale / 2);
        overflowSeen = true;
        lastSkipped = true;
        return;
      }
      if (lossScale != 1) {
        for (Parameter p : target().params(false)) {
          if (p.grad() != null) {
            Ops.scale(p.grad(), 1 / lossScale);
          }
        }
      }
    }
    super.update();
    if (dynamic) {
      double growth = overflowSeen ? Math.pow(2, 1.0 / interval) : 2;
      lossScale = Math.min(MAX_LOSS_SCALE, lossScale * growth);
    }
  }

  private boolean gradsFinite() {
    for (Parameter p : target().params(false)) {
      if (p.grad() != null && !Ops.allFinite(p.grad())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a hook under its class's simple name with Chainer's default timing for the built-in hooks,
   * {@code PRE} (Chainer's {@code add_hook(hook)}).
   */
  public final void addHook(dl.api.OptimizerHook hook) {
    addHook(hook.getClass().getSimpleName(), dl.api.OptimizerHook.Timing.PRE, hook);
  }

  /** Rejects a value outside {@code [lo, hi)} or {@code [lo, hi]}, naming this optimizer. */
  protected final double check(String name, double v, double lo, double hi, boolean hiInclusive) {
    return checkRange(name, v, lo, true, hi, hiInclusive);
  }

  /** Rejects a negative or NaN value. */
  protected final double nonNegative(String name, double v) {
    return checkRange(name, v, 0, true, Double.POSITIVE_INFINITY, false);
  }
}
