package dl.training.triggers;

import dl.training.DictSummary;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Serializer;
import java.util.Map;

/**
 * A stop trigger that fires when {@code monitor} has not improved for {@code patience} checks, or
 * at {@code maxTrigger} (Chainer's {@code EarlyStoppingTrigger}; mode {@code auto} maximises keys
 * containing "accuracy" and minimises others).
 *
 * <pre>{@code
 * Trigger stop = new EarlyStoppingTrigger(Trigger.of(1, "epoch"), "validation/main/loss", 3,
 *     "auto", Trigger.of(100, "epoch"));
 * }</pre>
 */
public final class EarlyStoppingTrigger implements Trigger {
  private final Trigger check;
  private final String monitor;
  private final int patience;
  private final boolean maximize;
  private final Trigger maxTrigger;
  private DictSummary summary = new DictSummary();
  private int count;
  private double best;

  public EarlyStoppingTrigger(
      Trigger check, String monitor, int patience, String mode, Trigger maxTrigger) {
    this.check = check;
    this.monitor = monitor;
    this.patience = patience;
    switch (mode) {
      case "max":
        maximize = true;
        break;
      case "min":
        maximize = false;
        break;
      case "auto":
        maximize = monitor.contains("accuracy");
        break;
      default:
        throw new IllegalArgumentException(
            "EarlyStoppingTrigger: mode must be auto, min or max, got '" + mode + "'");
    }
    this.maxTrigger = maxTrigger;
    this.best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /** The (period, unit) bound, for progress bars. */
  public Trigger maxTrigger() {
    return maxTrigger;
  }

  @Override
  public boolean test(Trainer trainer) {
    Object v = trainer.observation().get(monitor);
    if (v != null) {
      summary.add(Map.of(monitor, v));
    }
    if (maxTrigger.test(trainer)) {
      return true;
    }
    if (!check.test(trainer) || v == null) {
      return false;
    }
    double cur = summary.computeMean().get(monitor);
    summary = new DictSummary();
    if (maximize ? cur > best : cur < best) {
      best = cur;
      count = 0;
    } else {
      count++;
    }
    return count >= patience;
  }

  @Override
  public void serialize(Serializer s) {
    check.serialize(s.child("interval_trigger"));
    maxTrigger.serialize(s.child("max_trigger"));
    summary.serialize(s.child("summary"));
    count = s.value("count", count);
    best = s.value("best", best);
  }
}
