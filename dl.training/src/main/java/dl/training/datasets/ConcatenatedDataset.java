package dl.training.datasets;

import java.util.List;

/**
 * Several datasets one after another (Chainer's {@code ConcatenatedDataset}).
 *
 * <pre>{@code
 * Dataset<Object[]> all = new ConcatenatedDataset<>(List.of(train, extra));
 * }</pre>
 */
public final class ConcatenatedDataset<E> implements Dataset<E> {
  private final List<Dataset<E>> datasets;

  public ConcatenatedDataset(List<Dataset<E>> datasets) {
    this.datasets = List.copyOf(datasets);
  }

  @Override
  public int size() {
    int n = 0;
    for (Dataset<E> d : datasets) {
      n += d.size();
    }
    return n;
  }

  @Override
  public E get(int i) {
    Dataset.checkIndex(this, i);
    int j = i;
    for (Dataset<E> d : datasets) {
      if (j < d.size()) {
        return d.get(j);
      }
      j -= d.size();
    }
    throw new IndexOutOfBoundsException(i);
  }
}
