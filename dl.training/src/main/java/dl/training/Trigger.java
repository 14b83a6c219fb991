package dl.training;

import dl.training.serializers.Serializable;
import dl.training.serializers.Serializer;
import dl.training.triggers.IntervalTrigger;

/**
 * Decides when an extension runs or training stops (Chainer's trigger protocol). Triggers with
 * state serialize it, so a resumed run fires at the same points.
 *
 * <pre>{@code
 * Trigger everyEpoch = Trigger.of(1, "epoch");
 * Trigger every100 = Trigger.of(100, "iteration");
 * }</pre>
 */
// Not @FunctionalInterface: it overrides Serializable.serialize with a default (lambdas still
// work).
public interface Trigger extends Serializable {
  /** Whether to fire now; called once per iteration. */
  boolean test(Trainer trainer);

  @Override
  default void serialize(Serializer s) {}

  /**
   * {@code (period, unit)}: an {@link IntervalTrigger}; unit is {@code epoch} or {@code iteration}.
   */
  static Trigger of(double period, String unit) {
    return new IntervalTrigger(period, unit);
  }
}
