package dl.training.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * A finite, indexable collection of examples (Chainer's dataset protocol: {@code len} and {@code
 * __getitem__}).
 *
 * <pre>{@code
 * Dataset<Object[]> train = new TupleDataset(images, labels);
 * Object[] example = train.get(0);   // {HostArray image, HostArray label}
 * }</pre>
 */
public interface Dataset<E> {
  /** Number of examples. */
  int size();

  /** Example {@code i}, {@code 0 <= i < size()}. */
  E get(int i);

  /** Examples {@code from..to-1}. */
  default List<E> get(int from, int to) {
    List<E> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(get(i));
    }
    return out;
  }

  /** Checks an index, naming the dataset. */
  static int checkIndex(Dataset<?> d, int i) {
    if (i < 0 || i >= d.size()) {
      throw new IndexOutOfBoundsException(
          d.getClass().getSimpleName() + ": index " + i + " out of range [0, " + d.size() + ")");
    }
    return i;
  }
}
