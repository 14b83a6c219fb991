package dl.training.triggers;

import dl.training.DictSummary;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Serializer;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Fires when the mean of {@code key} over each interval improves on the best so far (Chainer's
 * {@code BestValueTrigger}; see {@link #max} and {@link #min}, Chainer's {@code MaxValueTrigger}
 * and {@code MinValueTrigger}).
 *
 * <pre>{@code
 * Trigger best = BestValueTrigger.max("validation/main/accuracy", Trigger.of(1, "epoch"));
 * trainer.extend(Snapshot.snapshotObject(model, "best_model.npz"), "best", best);
 * }</pre>
 */
public final class BestValueTrigger implements Trigger {
  private final String key;
  private final BiPredicate<Double, Double> better;
  private final Trigger interval;
  private DictSummary summary = new DictSummary();
  private double best = Double.NaN;

  /** {@code better.test(best, current)} says whether current improves on best. */
  public BestValueTrigger(String key, BiPredicate<Double, Double> better, Trigger interval) {
    this.key = key;
    this.better = better;
    this.interval = interval == null ? Trigger.of(1, "epoch") : interval;
  }

  /** Chainer's {@code MaxValueTrigger}. */
  public static BestValueTrigger max(String key, Trigger interval) {
    return new BestValueTrigger(key, (best, cur) -> cur > best, interval);
  }

  /** Chainer's {@code MinValueTrigger}. */
  public static BestValueTrigger min(String key, Trigger interval) {
    return new BestValueTrigger(key, (best, cur) -> cur < best, interval);
  }

  /** The best mean so far (NaN before the first interval). */
  public double best() {
    return best;
  }

  @Override
  public boolean test(Trainer trainer) {
    Object v = trainer.observation().get(key);
    if (v != null) {
      summary.add(Map.of(key, v));
    }
    if (!interval.test(trainer)) {
      return false;
    }
    Double mean = summary.computeMean().get(key);
    if (mean == null) {
      throw new IllegalStateException(
          "BestValueTrigger: key '"
              + key
              + "' not found in the observation (current keys: "
              + trainer.observation().keySet()
              + ")");
    }
    summary = new DictSummary();
    if (Double.isNaN(best) || better.test(best, mean)) {
      best = mean;
      return true;
    }
    return false;
  }

  @Override
  public void serialize(Serializer s) {
    interval.serialize(s.child("interval_trigger"));
    summary.serialize(s.child("summary"));
    best = s.value("best_value", best);
  }
}
