package dl.training.iterators;

import dl.training.serializers.Serializable;
import java.util.List;

/**
 * Yields minibatches of a dataset and tracks epochs (Chainer's {@code Iterator}). {@code next()}
 * throws {@link java.util.NoSuchElementException} once a non-repeating iterator has finished its
 * epoch.
 *
 * <pre>{@code
 * DatasetIterator<Object[]> it = new SerialIterator<>(train, 100);
 * List<Object[]> batch = it.next();
 * double progress = it.epochDetail();
 * }</pre>
 */
public interface DatasetIterator<E> extends Serializable, AutoCloseable {
  /** The next minibatch. */
  List<E> next();

  /** Whether {@link #next} will return a batch (always for a repeating iterator). */
  boolean hasNext();

  /** Completed epochs. */
  int epoch();

  /** {@code epoch + position / size}. */
  double epochDetail();

  /** {@link #epochDetail} before the last {@link #next}, or null before the first batch. */
  Double previousEpochDetail();

  /** Whether the last batch completed an epoch. */
  boolean isNewEpoch();

  /** The batch size. */
  int batchSize();

  /** Whether the iterator repeats over epochs. */
  boolean repeat();

  /** Back to the start of epoch 0. */
  void reset();

  /** Releases worker threads, if any. */
  @Override
  default void close() {}
}
