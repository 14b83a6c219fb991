package dl.training.triggers;

import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Serializer;
import java.util.Arrays;

/**
 * Fires at the given epochs or iterations (Chainer's {@code ManualScheduleTrigger}): when {@code
 * previous < point <= current} for some point; {@link #finished} after the last one.
 *
 * <pre>{@code
 * Trigger t = new ManualScheduleTrigger(new double[] {10, 15}, "epoch");
 * }</pre>
 */
public final class ManualScheduleTrigger implements Trigger {
  private final double[] points;
  private final String unit;
  private long previousIteration;
  private double previousEpochDetail;
  private boolean finished;

  public ManualScheduleTrigger(double[] points, String unit) {
    if (!unit.equals("epoch") && !unit.equals("iteration")) {
      throw new IllegalArgumentException(
          "ManualScheduleTrigger: unit must be 'epoch' or 'iteration', got '" + unit + "'");
    }
    if (points.length == 0) {
      throw new IllegalArgumentException("ManualScheduleTrigger: no points given");
    }
    this.points = points.clone();
    this.unit = unit;
  }

  /** Whether the last point has passed. */
  public boolean finished() {
    return finished;
  }

  @Override
  public boolean test(Trainer trainer) {
    var u = trainer.updater();
    double prev;
    double cur;
    if (unit.equals("epoch")) {
      cur = u.epochDetail();
      prev =
          previousEpochDetail >= 0
              ? previousEpochDetail
              : (u.previousEpochDetail() == null ? 0 : u.previousEpochDetail());
    } else {
      cur = u.iteration();
      prev = previousIteration >= 0 ? previousIteration : cur - 1;
    }
    boolean fire = false;
    for (double p : points) {
      fire |= prev < p && p <= cur;
    }
    finished = Arrays.stream(points).max().getAsDouble() <= cur;
    previousIteration = u.iteration();
    previousEpochDetail = u.epochDetail();
    return fire;
  }

  @Override
  public void serialize(Serializer s) {
    previousIteration = s.value("previous_iteration", previousIteration);
    previousEpochDetail = s.value("previous_epoch_detail", previousEpochDetail);
    finished = s.value("finished", finished);
  }
}
