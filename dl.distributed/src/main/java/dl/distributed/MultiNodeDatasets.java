package dl.distributed;

import dl.training.datasets.Dataset;
import dl.training.datasets.Datasets;
import dl.training.datasets.SubDataset;
import java.util.Random;

/**
 * ChainerMN's {@code scatter_dataset}: each rank gets a contiguous shard of the (optionally
 * shuffled) dataset, all shards of the same length {@code ceil(n / size)}. Where {@code n} is not a
 * multiple of the size, neighbouring shards overlap by a few examples (ChainerMN's equal-length
 * padding): unequal shards would make the ranks run different numbers of iterations, and the ranks
 * with more would wait forever in the epoch's last allreduce.
 *
 * <pre>{@code
 * Dataset<Object[]> mine = MultiNodeDatasets.scatterDataset(train, comm, true, 0L);
 * }</pre>
 */
public final class MultiNodeDatasets {
  private MultiNodeDatasets() {}

  /**
   * This rank's shard. With {@code shuffle}, the permutation comes from {@code seed}; a null seed
   * is drawn by rank 0 and broadcast, so every rank uses the same order.
   */
  public static <E> Dataset<E> scatterDataset(
      Dataset<E> dataset, Communicator comm, boolean shuffle, Long seed) {
    int n = dataset.size();
    int[] order = null;
    if (shuffle) {
      long s = seed != null ? seed : comm.bcastObj(new Random().nextLong(), 0);
      order = Datasets.permutation(n, new Random(s));
    }
    int[] range = shardRange(n, comm.size(), comm.rank());
    return new SubDataset<>(dataset, range[0], range[1], order);
  }

  /**
   * {@code [begin, end)} of rank {@code rank}'s shard of {@code n} examples: {@code begin = n *
   * rank / size}, {@code end = begin + ceil(n / size)} (which never passes {@code n}).
   */
  public static int[] shardRange(int n, int size, int rank) {
    if (size <= 0 || rank < 0 || rank >= size) {
      throw new IllegalArgumentException(
          "scatterDataset: rank " + rank + " must be in [0, size), size " + size);
    }
    int per = (int) (((long) n + size - 1) / size);
    int begin = (int) ((long) n * rank / size);
    return new int[] {begin, begin + per};
  }
}
