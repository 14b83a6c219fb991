package dl.training.iterators;

import dl.api.Rng;
import dl.training.datasets.Dataset;
import dl.training.serializers.Serializer;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Chainer's {@code SerialIterator}: batches in order or shuffled per epoch. With {@code repeat},
 * every batch is full: a batch that crosses the end of an epoch is filled from the next epoch (in
 * the new order). Without it, the last batch is short and the iterator then stops. Its state
 * ({@code current_position}, {@code epoch}, {@code is_new_epoch}, {@code order}, {@code
 * previous_epoch_detail}) is serializable, so a resumed run continues with the same batches.
 *
 * <pre>{@code
 * SerialIterator<Object[]> train = new SerialIterator<>(trainSet, 100);               // shuffled
 * SerialIterator<Object[]> test = new SerialIterator<>(testSet, 100, false, false);   // one pass
 * }</pre>
 */
public class SerialIterator<E> implements DatasetIterator<E> {
  /** The state machine's state. */
  protected record State(int position, int epoch, boolean isNewEpoch, int[] order) {}

  /** A step: the indices of the batch and the state after it. */
  protected record Step(int[] indices, State next) {}

  protected final Dataset<E> dataset;
  private final int batchSize;
  private final boolean repeat;
  private final OrderSampler sampler;
  protected State state;

  /** {@link #epochDetail} before the last batch; negative before the first. */
  protected double previousEpochDetail = -1;

  /** Repeating and shuffled. */
  public SerialIterator(Dataset<E> dataset, int batchSize) {
    this(dataset, batchSize, true, null, null);
  }

  /** Shuffled when {@code shuffle} is true or null. */
  public SerialIterator(Dataset<E> dataset, int batchSize, boolean repeat, Boolean shuffle) {
    this(dataset, batchSize, repeat, shuffle, null);
  }

  /**
   * @param shuffle null: shuffle unless an order sampler is given; an explicit sampler excludes
   *     {@code shuffle}
   * @param orderSampler null: a {@link ShuffleOrderSampler} seeded from {@link Rng} (when
   *     shuffling)
   */
  public SerialIterator(
      Dataset<E> dataset,
      int batchSize,
      boolean repeat,
      Boolean shuffle,
      OrderSampler orderSampler) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException(
          "SerialIterator: batchSize must be positive, got " + batchSize);
    }
    if (shuffle != null && orderSampler != null) {
      throw new IllegalArgumentException(
          "SerialIterator: give either shuffle or orderSampler, not both");
    }
    this.dataset = dataset;
    this.batchSize = batchSize;
    this.repeat = repeat;
    if (orderSampler != null) {
      sampler = orderSampler;
    } else if (shuffle == null || shuffle) {
      sampler = new ShuffleOrderSampler(Rng.nextSeed());
    } else {
      sampler = null;
    }
    reset();
  }

  @Override
  public void reset() {
    int[] order = sampler == null ? null : checkOrder(sampler.sample(identity(dataset.size()), 0));
    state = new State(0, 0, false, order);
    previousEpochDetail = -1;
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  private int[] checkOrder(int[] order) {
    if (order.length != dataset.size()) {
      throw new IllegalStateException(
          "order sampler returned "
              + order.length
              + " indices for "
              + dataset.size()
              + " examples");
    }
    return order;
  }

  /** One step of Chainer's iterator state machine. */
  protected Step step(State s) {
    int n = dataset.size();
    if (repeat && n == 0) {
      throw new IllegalStateException("Epoch size must be positive for an iterator that repeats.");
    }
    int i = s.position();
    int epoch = s.epoch();
    boolean isNew = false;
    int[] order = s.order();
    List<Integer> idx = new ArrayList<>(batchSize);
    int need = batchSize;
    while (true) {
      int take = Math.min(need, n - i);
      for (int k = i; k < i + take; k++) {
        idx.add(order == null ? k : order[k]);
      }
      need -= take;
      i += take;
      if (i >= n) { // the epoch ends with this batch
        epoch++;
        isNew = true;
        if (order != null) {
          order = checkOrder(sampler.sample(order, i));
        }
        i = 0;
        if (!repeat) {
          break;
        }
      }
      if (need == 0) {
        break;
      }
    }
    return new Step(
        idx.stream().mapToInt(Integer::intValue).toArray(), new State(i, epoch, isNew, order));
  }

  @Override
  public List<E> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the iterator finished its epoch (repeat is false)");
    }
    previousEpochDetail = epochDetail();
    Step st = step(state);
    state = st.next();
    return fetch(st.indices());
  }

  /** The examples at {@code indices}. */
  protected List<E> fetch(int[] indices) {
    List<E> out = new ArrayList<>(indices.length);
    for (int i : indices) {
      out.add(dataset.get(i));
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    return repeat || state.epoch() == 0;
  }

  @Override
  public int epoch() {
    return state.epoch();
  }

  @Override
  public double epochDetail() {
    return state.epoch() + (double) state.position() / dataset.size();
  }

  @Override
  public Double previousEpochDetail() {
    return previousEpochDetail < 0 ? null : previousEpochDetail;
  }

  @Override
  public boolean isNewEpoch() {
    return state.isNewEpoch();
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public boolean repeat() {
    return repeat;
  }

  /** The current order (null when sequential), for tests and tools. */
  public int[] order() {
    return state.order() == null ? null : state.order().clone();
  }

  @Override
  public void serialize(Serializer s) {
    int position = s.value("current_position", state.position());
    int epoch = s.value("epoch", state.epoch());
    boolean isNew = s.value("is_new_epoch", state.isNewEpoch());
    int[] order = state.order();
    if (order != null) {
      order = s.ints("order", order);
      if (order.length != dataset.size()) {
        throw new IllegalStateException(
            s.path() + "order: " + order.length + " entries for " + dataset.size() + " examples");
      }
    }
    state = new State(position, epoch, isNew, order);
    if (sampler instanceof dl.training.serializers.Serializable) {
      // Catena-only (Chainer's sampler has no state): a Chainer snapshot keeps this run's seed.
      ((dl.training.serializers.Serializable) sampler)
          .serialize(s.child("order_sampler").optional());
    }
    previousEpochDetail = s.value("previous_epoch_detail", previousEpochDetail);
  }
}
