package dl.training.datasets;

import dl.training.serializers.HostArray;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named columns of equal length (Chainer's {@code DictDataset}): example {@code i} maps each name
 * to that column's row {@code i}.
 *
 * <pre>{@code
 * DictDataset ds = new DictDataset(Map.of("x", xs, "t", ts));
 * HostArray x0 = ds.get(0).get("x");
 * }</pre>
 */
public final class DictDataset implements Dataset<Map<String, HostArray>> {
  private final Map<String, HostArray> columns;
  private final int length;

  public DictDataset(Map<String, HostArray> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("DictDataset: no columns given");
    }
    this.columns = new LinkedHashMap<>(columns);
    int n = -1;
    for (Map.Entry<String, HostArray> e : this.columns.entrySet()) {
      int[] s = e.getValue().shape();
      int len = s.length == 0 ? -1 : s[0];
      if (len < 0 || (n >= 0 && len != n)) {
        throw new IllegalArgumentException(
            "DictDataset: column '" + e.getKey() + "' has length " + len + ", others " + n);
      }
      n = len;
    }
    this.length = n;
  }

  @Override
  public int size() {
    return length;
  }

  @Override
  public Map<String, HostArray> get(int i) {
    Dataset.checkIndex(this, i);
    Map<String, HostArray> out = new LinkedHashMap<>();
    columns.forEach((k, v) -> out.put(k, v.row(i)));
    return out;
  }
}
