package dl.training.serializers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves values into a flat map of {@code path/key → array} (Chainer's {@code
 * DictionarySerializer}), the content of an {@code .npz}.
 *
 * <pre>{@code
 * DictionarySerializer s = new DictionarySerializer();
 * Serializers.of(model).serialize(s);
 * Map<String, HostArray> entries = s.target();   // "predictor/l1/W", ...
 * }</pre>
 */
public final class DictionarySerializer extends Serializer {
  private final Map<String, HostArray> target;
  private final String path;

  public DictionarySerializer() {
    this(new LinkedHashMap<>(), "");
  }

  private DictionarySerializer(Map<String, HostArray> target, String path) {
    this.target = target;
    this.path = path;
  }

  /** The saved entries. */
  public Map<String, HostArray> target() {
    return target;
  }

  @Override
  public Serializer child(String key) {
    return new DictionarySerializer(target, path + strip(key) + "/");
  }

  static String strip(String key) {
    String k = key;
    while (k.startsWith("/")) {
      k = k.substring(1);
    }
    while (k.endsWith("/")) {
      k = k.substring(0, k.length() - 1);
    }
    return k;
  }

  @Override
  public boolean isLoading() {
    return false;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  protected HostArray raw(String key, HostArray value) {
    String full = path + strip(key);
    if (target.containsKey(full)) {
      throw error(key, "saved twice");
    }
    target.put(full, value);
    return value;
  }
}
