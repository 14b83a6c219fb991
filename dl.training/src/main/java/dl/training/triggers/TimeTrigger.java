package dl.training.triggers;

import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Serializer;

/**
 * Fires once every {@code period} seconds of training time (Chainer's {@code TimeTrigger}).
 *
 * <pre>{@code
 * Trigger t = new TimeTrigger(600);   // every ten minutes
 * }</pre>
 */
public final class TimeTrigger implements Trigger {
  private final double period;
  private double nextTime;

  public TimeTrigger(double periodSeconds) {
    this.period = periodSeconds;
    this.nextTime = periodSeconds;
  }

  @Override
  public boolean test(Trainer trainer) {
    if (nextTime < trainer.elapsedTime()) {
      nextTime += period;
      return true;
    }
    return false;
  }

  @Override
  public void serialize(Serializer s) {
    nextTime = s.value("next_time", nextTime);
  }
}
