package dl.training.triggers;

import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.Serializer;

/**
 * Fires on the first test only, and once more after a resume when {@code callOnResume} (Chainer's
 * {@code OnceTrigger}).
 *
 * <pre>{@code
 * trainer.extend(new DumpGraph("main/loss"), "graph", new OnceTrigger(false));
 * }</pre>
 */
public final class OnceTrigger implements Trigger {
  private boolean first = true;
  private boolean resumed;

  public OnceTrigger(boolean callOnResume) {
    this.resumed = callOnResume;
  }

  /** Whether it has fired (and will not fire again). */
  public boolean finished() {
    return !(first || resumed);
  }

  @Override
  public boolean test(Trainer trainer) {
    boolean fire = !finished();
    first = false;
    resumed = false;
    return fire;
  }

  @Override
  public void serialize(Serializer s) {
    first = s.value("_flag_first", first);
  }
}
