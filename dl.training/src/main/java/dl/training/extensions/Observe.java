package dl.training.extensions;

import dl.api.Hyperparameter;
import dl.api.Optimizer;
import dl.api.Reporter;
import dl.training.Extension;
import dl.training.Trainer;
import dl.training.Trigger;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Chainer's {@code observe_value} and {@code observe_lr}: report a value computed from the trainer
 * (default every epoch, priority WRITER, so a LogReport sees it).
 *
 * <pre>{@code
 * trainer.extend(Observe.observeLr("main", "lr"));
 * trainer.extend(Observe.observeValue("iteration2", t -> 2.0 * t.updater().iteration()));
 * }</pre>
 */
public final class Observe implements Extension {
  private final String key;
  private final ToDoubleFunction<Trainer> fn;

  private Observe(String key, ToDoubleFunction<Trainer> fn) {
    this.key = key;
    this.fn = fn;
  }

  /** Reports {@code fn(trainer)} as {@code key}. */
  public static Observe observeValue(String key, ToDoubleFunction<Trainer> fn) {
    return new Observe(key, fn);
  }

  /**
   * Reports the optimizer's {@code lr} hyperparameter, or {@code alpha} for optimizers without one
   * (Adam; Chainer reports Adam's bias-corrected {@code lr} property instead).
   */
  public static Observe observeLr(String optimizerName, String key) {
    return new Observe(
        key,
        t -> {
          Optimizer o = t.updater().optimizers().get(optimizerName);
          Hyperparameter h = o.hyperparam();
          return h.has("lr") ? h.get("lr") : h.get("alpha");
        });
  }

  @Override
  public String defaultName() {
    return "observe_" + key;
  }

  @Override
  public Trigger defaultTrigger() {
    return Trigger.of(1, "epoch");
  }

  @Override
  public int defaultPriority() {
    return PRIORITY_WRITER;
  }

  @Override
  public void call(Trainer trainer) {
    Reporter.report(Map.of(key, fn.applyAsDouble(trainer)));
  }
}
