package dl.functions.internal;

import java.util.List;
import java.util.Map;

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

  /** An int list (an {@code int[]}, a list of numbers or one number); null when absent. */
  public static int[] ints(Map<String, Object> o, String key) {
    Object v = o.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof int[]) {
      return ((int[]) v).clone();
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
