package dl.training.triggers;

import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Serializer;

/**
 * Fires every {@code period} epochs or iterations (Chainer's {@code IntervalTrigger}): when {@code
 * floor(previous / period) != floor(current / period)}, so fractional epoch periods work and a
 * resumed run (whose previous values are serialized) fires at the same points.
 *
 * <pre>{@code
 * Trigger t = new IntervalTrigger(1, "epoch");
 * }</pre>
 */
public final class IntervalTrigger implements Trigger {
  private final double period;
  private final String unit;
  private long previousIteration;
  private double previousEpochDetail;

  public IntervalTrigger(double period, String unit) {
    if (!unit.equals("epoch") && !unit.equals("iteration")) {
      throw new IllegalArgumentException(
          "IntervalTrigger: unit must be 'epoch' or 'iteration', got '" + unit + "'");
    }
    if (!(period > 0)) {
      throw new IllegalArgumentException("IntervalTrigger: period must be positive, got " + period);
    }
    this.period = period;
    this.unit = unit;
  }

  public double period() {
    return period;
  }

  public String unit() {
    return unit;
  }

  @Override
  public boolean test(Trainer trainer) {
    var u = trainer.updater();
    boolean fire;
    if (unit.equals("epoch")) {
      double prev = previousEpochDetail;
      if (prev < 0) {
        prev = u.previousEpochDetail() == null ? 0 : u.previousEpochDetail();
      }
      fire = Math.floor(prev / period) != Math.floor(u.epochDetail() / period);
    } else {
      long prev = previousIteration < 0 ? u.iteration() - 1 : previousIteration;
      fire = Math.floor(prev / period) != Math.floor(u.iteration() / period);
    }
    previousIteration = u.iteration();
    previousEpochDetail = u.epochDetail();
    return fire;
  }

  @Override
  public void serialize(Serializer s) {
    // As Chainer's IntervalTrigger: when the file lacks the previous values (another extension
    // name, a file from elsewhere), they become -1 and test() guesses them from the updater, so a
    // resumed run does not fire at once.
    Serializer o = s.optional();
    long pi = o.value("previous_iteration", previousIteration);
    double pe = o.value("previous_epoch_detail", previousEpochDetail);
    if (s.isLoading() && !s.isDryRun()) {
      previousIteration = o.contains("previous_iteration") ? pi : -1;
      previousEpochDetail = o.contains("previous_epoch_detail") ? pe : -1;
    }
  }
}
