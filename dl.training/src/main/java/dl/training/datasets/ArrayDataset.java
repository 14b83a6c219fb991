package dl.training.datasets;

import dl.training.serializers.HostArray;

/**
 * An array as a dataset of its rows (a NumPy array used as a Chainer dataset).
 *
 * <pre>{@code
 * Dataset<HostArray> images = new ArrayDataset(HostArray.of(x, 100, 784));
 * }</pre>
 */
public final class ArrayDataset implements Dataset<HostArray> {
  private final HostArray array;

  public ArrayDataset(HostArray array) {
    if (array.shape().length == 0) {
      throw new IllegalArgumentException("ArrayDataset: a 0-d array has no rows");
    }
    this.array = array;
  }

  @Override
  public int size() {
    return array.shape()[0];
  }

  @Override
  public HostArray get(int i) {
    Dataset.checkIndex(this, i);
    return array.row(i);
  }
}
