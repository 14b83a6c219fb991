package dl.training.iterators;

import dl.training.datasets.Datasets;
import dl.training.serializers.Serializable;
import dl.training.serializers.Serializer;
import java.util.Random;

/**
 * A fresh random permutation per epoch (Chainer's {@code ShuffleOrderSampler}). The k-th
 * permutation is drawn from a generator seeded by {@code (seed, k)}, and both are serialized
 * ({@code seed}, {@code draws}), so a resumed run shuffles its later epochs exactly as an
 * uninterrupted one would (Chainer's sampler shares NumPy's global state and cannot).
 *
 * <pre>{@code
 * SerialIterator<Object[]> it = new SerialIterator<>(train, 100, true, null,
 *     new ShuffleOrderSampler(0));
 * }</pre>
 */
public final class ShuffleOrderSampler implements OrderSampler, Serializable {
  private long seed;
  private long draws;

  public ShuffleOrderSampler(long seed) {
    this.seed = seed;
  }

  @Override
  public int[] sample(int[] currentOrder, int currentPosition) {
    long k = draws++;
    return Datasets.permutation(currentOrder.length, new Random(seed * 0x9E3779B97F4A7C15L + k));
  }

  @Override
  public void serialize(Serializer s) {
    seed = s.value("seed", seed);
    draws = s.value("draws", draws);
  }
}
