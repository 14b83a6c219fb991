package dl.training.datasets;

/**
 * A view of {@code [start, finish)} of a dataset, optionally through a permutation {@code order}
 * (Chainer's {@code SubDataset}).
 *
 * <pre>{@code
 * SubDataset head = new SubDataset<>(train, 0, 100, null);
 * }</pre>
 */
public final class SubDataset<E> implements Dataset<E> {
  private final Dataset<E> dataset;
  private final int start;
  private final int finish;
  private final int[] order;

  public SubDataset(Dataset<E> dataset, int start, int finish, int[] order) {
    int n = order == null ? dataset.size() : order.length;
    if (start < 0 || finish > n || start > finish) {
      throw new IllegalArgumentException(
          "SubDataset: invalid range [" + start + ", " + finish + ") of " + n + " examples");
    }
    if (order != null && order.length != dataset.size()) {
      throw new IllegalArgumentException(
          "SubDataset: order has "
              + order.length
              + " entries, the dataset has "
              + dataset.size()
              + " examples");
    }
    this.dataset = dataset;
    this.start = start;
    this.finish = finish;
    this.order = order == null ? null : order.clone();
  }

  @Override
  public int size() {
    return finish - start;
  }

  @Override
  public E get(int i) {
    Dataset.checkIndex(this, i);
    int j = start + i;
    return dataset.get(order == null ? j : order[j]);
  }
}
