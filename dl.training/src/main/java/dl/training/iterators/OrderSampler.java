package dl.training.iterators;

import dl.training.datasets.Datasets;
import java.util.Random;

/**
 * Chooses the example order of each epoch (Chainer's {@code OrderSampler}); called at the start and
 * whenever an epoch ends, with the current order and position.
 *
 * <pre>{@code
 * OrderSampler shuffle = OrderSampler.shuffle(new Random(0));
 * }</pre>
 */
@FunctionalInterface
public interface OrderSampler {
  /** The next epoch's order: a permutation of {@code 0..currentOrder.length-1}. */
  int[] sample(int[] currentOrder, int currentPosition);

  /** A fresh random permutation per epoch (Chainer's {@code ShuffleOrderSampler}). */
  static OrderSampler shuffle(Random random) {
    return (order, position) -> Datasets.permutation(order.length, random);
  }
}
