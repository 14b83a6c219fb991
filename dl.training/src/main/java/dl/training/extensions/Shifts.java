package dl.training.extensions;

import dl.api.Optimizer;
import dl.training.Extension;
import dl.training.Trainer;
import dl.training.serializers.Serializer;
import java.util.function.LongToDoubleFunction;

/**
 * Chainer's hyperparameter schedules, each an extension (default trigger: every iteration) that
 * sets an optimizer hyperparameter from its call count {@code t}: {@link #exponential} ({@code
 * init·rate^t}, clamped at {@code target}), {@link #linear}, {@link #step}, {@link #multistep} and
 * {@link #warmup}. The count is serialized as {@code _t}, the last value as {@code _last_value}.
 *
 * <pre>{@code
 * trainer.extend(Shifts.exponential("lr", 0.5, 0.1, null, "main"), "lr_decay",
 *     Trigger.of(10, "epoch"));
 * }</pre>
 */
public final class Shifts implements Extension {
  private final String attr;
  private final String optimizerName;
  private final String name;
  private final LongToDoubleFunction schedule;
  private long t;
  private double lastValue = Double.NaN;

  private Shifts(String name, String attr, String optimizerName, LongToDoubleFunction schedule) {
    this.name = name;
    this.attr = attr;
    this.optimizerName = optimizerName == null ? "main" : optimizerName;
    this.schedule = schedule;
  }

  /** {@code init·rate^t}, stopping at {@code target} when given (Chainer's ExponentialShift). */
  public static Shifts exponential(
      String attr, double rate, double init, Double target, String optimizer) {
    return new Shifts(
        "ExponentialShift",
        attr,
        optimizer,
        t -> {
          double v = init * Math.pow(rate, (double) t);
          if (target != null) {
            v = (rate > 1 ? Math.min(v, target) : Math.max(v, target));
          }
          return v;
        });
  }

  /** Linear from {@code v0} at {@code t0} to {@code v1} at {@code t1}, flat outside. */
  public static Shifts linear(
      String attr, double v0, double v1, long t0, long t1, String optimizer) {
    return new Shifts(
        "LinearShift",
        attr,
        optimizer,
        t -> t <= t0 ? v0 : t >= t1 ? v1 : v0 + (v1 - v0) * (t - t0) / (double) (t1 - t0));
  }

  /** {@code init·gamma^floor(t/step)} (Chainer's StepShift). */
  public static Shifts step(String attr, double gamma, long step, double init, String optimizer) {
    // floor(t / step): integer division is intended (Chainer's StepShift).
    return new Shifts(
        "StepShift", attr, optimizer, t -> init * Math.pow(gamma, (double) Math.floorDiv(t, step)));
  }

  /** {@code init·gamma^k} where k counts the steps already passed (Chainer's MultistepShift). */
  public static Shifts multistep(
      String attr, double gamma, long[] steps, double init, String optimizer) {
    return new Shifts(
        "MultistepShift",
        attr,
        optimizer,
        t -> {
          int k = 0;
          for (long s : steps) {
            if (t >= s) {
              k++;
            }
          }
          return init * Math.pow(gamma, k);
        });
  }

  /** Linear warm-up from {@code warmupStart} to {@code init} over {@code warmupIter} calls. */
  public static Shifts warmup(
      String attr, double warmupStart, long warmupIter, double init, String optimizer) {
    return new Shifts(
        "WarmupShift",
        attr,
        optimizer,
        t -> t >= warmupIter ? init : warmupStart + (init - warmupStart) * t / (double) warmupIter);
  }

  @Override
  public String defaultName() {
    return name;
  }

  @Override
  public void initialize(Trainer trainer) {
    // Set the value for the current count (the initial value, or the resumed one).
    set(trainer, Double.isNaN(lastValue) ? schedule.applyAsDouble(t) : lastValue);
  }

  @Override
  public void call(Trainer trainer) {
    t++;
    double v = schedule.applyAsDouble(t);
    set(trainer, v);
  }

  private void set(Trainer trainer, double v) {
    Optimizer opt = trainer.updater().optimizers().get(optimizerName);
    if (opt == null) {
      throw new IllegalArgumentException(
          name
              + ": no optimizer '"
              + optimizerName
              + "'; have "
              + trainer.updater().optimizers().keySet());
    }
    opt.hyperparam().set(attr, v);
    lastValue = v;
  }

  /** The call count. */
  public long t() {
    return t;
  }

  @Override
  public void serialize(Serializer s) {
    t = s.value("_t", t);
    lastValue = s.value("_last_value", lastValue);
  }
}
