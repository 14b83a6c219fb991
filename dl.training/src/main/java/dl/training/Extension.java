package dl.training;

import dl.training.serializers.Serializable;
import dl.training.serializers.Serializer;

/**
 * Something the {@link Trainer} calls when its trigger fires (Chainer's {@code Extension}). Higher
 * priorities run first: {@link #PRIORITY_WRITER} (extensions that add to the observation), {@link
 * #PRIORITY_EDITOR}, {@link #PRIORITY_READER} (those that read it, like logs).
 *
 * <pre>{@code
 * trainer.extend(t -> System.out.println(t.updater().iteration()), "echo", Trigger.of(10, "iteration"));
 * }</pre>
 */
// Not @FunctionalInterface: it overrides Serializable.serialize with a default (lambdas still
// work).
public interface Extension extends Serializable {
  int PRIORITY_WRITER = 300;
  int PRIORITY_EDITOR = 200;
  int PRIORITY_READER = 100;

  /** Runs the extension. */
  void call(Trainer trainer);

  /** The name used when {@code extend} gets none. */
  default String defaultName() {
    String n = getClass().getSimpleName();
    return n.isEmpty() || n.contains("$Lambda") ? "extension" : n;
  }

  /** The trigger used when {@code extend} gets none: every iteration. */
  default Trigger defaultTrigger() {
    return Trigger.of(1, "iteration");
  }

  /** The priority used when {@code extend} gets none. */
  default int defaultPriority() {
    return PRIORITY_READER;
  }

  /** Called once before the loop (after a resume, too). */
  default void initialize(Trainer trainer) {}

  /** Called when the loop raises. */
  default void onError(Trainer trainer, Throwable error) {}

  /** Called after the loop, also after an error. */
  default void finish(Trainer trainer) {}

  @Override
  default void serialize(Serializer s) {}
}
