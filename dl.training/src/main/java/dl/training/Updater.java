package dl.training;

import dl.api.Optimizer;
import dl.training.iterators.DatasetIterator;
import dl.training.serializers.Serializable;
import java.util.Map;

/**
 * One training step per {@link #update}, and the progress counters triggers read (Chainer's {@code
 * Updater}).
 *
 * <pre>{@code
 * Updater u = new StandardUpdater(trainIter, optimizer);
 * u.update();
 * assert u.iteration() == 1;
 * }</pre>
 */
public interface Updater extends Serializable {
  /** One step. */
  void update();

  /** Steps done. */
  long iteration();

  /** Epochs of the main iterator. */
  int epoch();

  /** Fractional epochs of the main iterator. */
  double epochDetail();

  /** Fractional epochs before the last step, or null before the first. */
  Double previousEpochDetail();

  /** Whether the last step completed an epoch. */
  boolean isNewEpoch();

  /** Optimizers by name ({@code "main"}). */
  Map<String, Optimizer> optimizers();

  /** Iterators by name ({@code "main"}). */
  Map<String, DatasetIterator<?>> iterators();

  /** Called by the trainer's constructor (e.g. to register replica models as observers). */
  default void connectTrainer(Trainer trainer) {}

  /** Releases the iterators. */
  default void finish() {
    for (DatasetIterator<?> it : iterators().values()) {
      it.close();
    }
  }
}
