package dl.training.datasets;

import dl.training.serializers.HostArray;

/**
 * Columns of equal length zipped into tuples (Chainer's {@code TupleDataset}): example {@code i} is
 * {@code {column0.row(i), column1.row(i), ...}}. A column is an array or, as in Chainer, any
 * dataset (e.g. a {@link ScaledByteDataset}).
 *
 * <pre>{@code
 * TupleDataset ds = new TupleDataset(HostArray.of(x, 100, 784), HostArray.of(t, 100));
 * Object[] ex = ds.get(3);   // {784 floats, a 0-d label}
 * }</pre>
 */
public final class TupleDataset implements Dataset<Object[]> {
  private final HostArray[] columns;
  private final Dataset<?>[] sets;
  private final int length;

  /** Columns that are datasets (an array column is an {@link ArrayDataset}). */
  public TupleDataset(Dataset<?>... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("TupleDataset: no columns given");
    }
    this.columns = null;
    this.sets = columns.clone();
    this.length = columns[0].size();
    for (int c = 1; c < columns.length; c++) {
      if (columns[c].size() != length) {
        throw new IllegalArgumentException(
            "TupleDataset: column "
                + c
                + " has "
                + columns[c].size()
                + " rows, column 0 has "
                + length);
      }
    }
  }

  public TupleDataset(HostArray... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("TupleDataset: no columns given");
    }
    this.columns = columns.clone();
    this.sets = null;
    this.length = columns[0].shape().length == 0 ? -1 : columns[0].shape()[0];
    for (int c = 0; c < columns.length; c++) {
      int[] s = columns[c].shape();
      if (s.length == 0 || s[0] != length) {
        throw new IllegalArgumentException(
            "TupleDataset: column "
                + c
                + " has "
                + (s.length == 0 ? "no first axis" : s[0] + " rows")
                + ", column 0 has "
                + length);
      }
    }
  }

  /** The array column {@code c} (for a dataset column, use {@link #get}). */
  public HostArray column(int c) {
    if (columns == null) {
      throw new IllegalStateException("TupleDataset: column " + c + " is a dataset, not an array");
    }
    return columns[c];
  }

  @Override
  public int size() {
    return length;
  }

  @Override
  public Object[] get(int i) {
    Dataset.checkIndex(this, i);
    if (sets != null) {
      Object[] out = new Object[sets.length];
      for (int c = 0; c < sets.length; c++) {
        out[c] = sets[c].get(i);
      }
      return out;
    }
    Object[] out = new Object[columns.length];
    for (int c = 0; c < columns.length; c++) {
      out[c] = columns[c].row(i);
    }
    return out;
  }
}
