package dl.functions.internal;

import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads function options (attributes such as {@code axis}) from a provider's option map, accepting
 * Java numbers, {@code int[]} and lists for the convenience of model loaders.
 *
 * <pre>{@code
 * int axis = Opts.integer(options, "axis", 1);
 * }</pre>
 */
public final class Opts {
  private Opts() {}

  /**
   * A named function whose options are checked: Chainer's keyword names are the option keys, and a
   * key the call did not read (misspelt, another library's name, or one that does not apply with
   * the other options) is an error naming it and the keys that were read, instead of a default
   * silently taking its place.
   */
  public static FunctionProvider provider(String name, FunctionProvider.Impl impl) {
    return FunctionProvider.of(
        name,
        (options, inputs) -> {
          Map<String, Object> given = options == null ? Map.of() : options;
          Reads reads = new Reads(given);
          Variable[] out = impl.apply(reads, inputs);
          Set<String> unread = new TreeSet<>(given.keySet());
          unread.removeAll(reads.read);
          if (!unread.isEmpty()) {
            throw new IllegalArgumentException(
                name
                    + ": option(s) "
                    + unread
                    + " not used (Chainer's keyword names; this call read "
                    + reads.read
                    + ")");
          }
          return out;
        });
  }

  /** A read-only view of the options that records which keys a provider looked up. */
  private static final class Reads extends AbstractMap<String, Object> {
    final Map<String, Object> given;
    final Set<String> read = new LinkedHashSet<>();

    Reads(Map<String, Object> given) {
      this.given = given;
    }

    @Override
    public Object get(Object key) {
      read.add(String.valueOf(key));
      return given.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      read.add(String.valueOf(key));
      return given.containsKey(key);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      // Iterating hands every key to the provider, which then owns their checking.
      read.addAll(given.keySet());
      return given.entrySet();
    }
  }

  public static int integer(Map<String, Object> o, String key, int dflt) {
    Object v = o.get(key);
    return v == null ? dflt : ((Number) v).intValue();
  }

  /** An optional integer (null when absent). */
  public static Integer optInteger(Map<String, Object> o, String key) {
    Object v = o.get(key);
    return v == null ? null : ((Number) v).intValue();
  }

  public static double real(Map<String, Object> o, String key, double dflt) {
    Object v = o.get(key);
    return v == null ? dflt : ((Number) v).doubleValue();
  }

  public static boolean bool(Map<String, Object> o, String key, boolean dflt) {
    Object v = o.get(key);
    return v == null ? dflt : (Boolean) v;
  }

  public static String string(Map<String, Object> o, String key, String dflt) {
    Object v = o.get(key);
    return v == null ? dflt : v.toString();
  }

  /** An array option (an NdArray, or a Variable's array); null when absent. */
  public static NdArray array(Map<String, Object> o, String key) {
    Object v = o.get(key);
    if (v == null || v instanceof NdArray) {
      return (NdArray) v;
    }
    if (v instanceof Variable) {
      return ((Variable) v).array();
    }
    throw new IllegalArgumentException(
        "option '"
            + key
            + "' must be an NdArray or a Variable, got "
            + v.getClass().getSimpleName());
  }

  /** An int list (an {@code int[]}, a list of numbers or one number); null when absent. */
  public static int[] ints(Map<String, Object> o, String key) {
    Object v = o.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof int[]) {
      return ((int[]) v).clone();
    }
    if (v instanceof Variable) {
      v = ((Variable) v).array();
    }
    if (v instanceof NdArray) {
      double[] d = ((NdArray) v).toDoubleArray();
      int[] out = new int[d.length];
      for (int i = 0; i < d.length; i++) {
        out[i] = (int) d[i];
      }
      return out;
    }
    if (v instanceof Number) {
      return new int[] {((Number) v).intValue()};
    }
    List<?> l = (List<?>) v;
    int[] out = new int[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) l.get(i)).intValue();
    }
    return out;
  }
}
