package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.links.initializers.Constant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a link's options from the map given to its provider. Each option may be spelt as in Chainer
 * ({@code out_size}) or in camel case ({@code outSize}); an unknown option is an error listing the
 * known ones.
 */
final class Options {
  private final String link;
  private final Map<String, Object> given;
  private final List<String> known;

  private Options(String link, Map<String, Object> given, List<String> known) {
    this.link = link;
    this.given = given == null ? Map.of() : given;
    this.known = known;
    for (String k : this.given.keySet()) {
      if (find(k) == null) {
        throw new IllegalArgumentException(
            link + ": unknown option '" + k + "'; known options: " + known);
      }
    }
  }

  /** Starts reading {@code given}; {@code known} are Chainer's (snake case) names. */
  static Options of(String link, Map<String, Object> given, String... known) {
    return new Options(link, given, List.of(known));
  }

  private String find(String key) {
    for (String n : known) {
      if (n.equals(key) || camel(n).equals(key)) {
        return n;
      }
    }
    return null;
  }

  /** The raw value under either spelling, or null. */
  Object raw(String name) {
    Object v = given.get(name);
    return v != null ? v : given.get(camel(name));
  }

  int requiredInt(String name) {
    Object v = raw(name);
    if (v == null) {
      throw new IllegalArgumentException(link + ": option '" + camel(name) + "' is required");
    }
    return toInt(name, v);
  }

  /** An int, or null when absent. */
  Integer optionalInt(String name) {
    Object v = raw(name);
    return v == null ? null : toInt(name, v);
  }

  private int toInt(String name, Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).intValue();
    }
    if (v instanceof Number
        && ((Number) v).doubleValue() == Math.rint(((Number) v).doubleValue())) {
      return ((Number) v).intValue();
    }
    throw new IllegalArgumentException(
        link
            + ": option '"
            + camel(name)
            + "' must be an integer, got "
            + v
            + " ("
            + v.getClass().getSimpleName()
            + ")");
  }

  boolean bool(String name, boolean def) {
    Object v = raw(name);
    if (v == null) {
      return def;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    throw new IllegalArgumentException(
        link
            + ": option '"
            + camel(name)
            + "' must be a Boolean, got "
            + v
            + " ("
            + v.getClass().getSimpleName()
            + ")");
  }

  /** An initializer given as an Initializer, a number (a constant) or an array; null if absent. */
  Initializer initializer(String name) {
    Object v = raw(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Initializer) {
      return (Initializer) v;
    }
    if (v instanceof Number) {
      return new Constant(((Number) v).doubleValue());
    }
    if (v instanceof dl.api.NdArray) {
      return new Constant((dl.api.NdArray) v);
    }
    throw new IllegalArgumentException(
        link
            + ": option '"
            + camel(name)
            + "' must be an"
            + " Initializer, a number or an NdArray, got "
            + v.getClass().getName());
  }

  Link requiredLink(String name) {
    Object v = raw(name);
    if (!(v instanceof Link)) {
      throw new IllegalArgumentException(
          link
              + ": option '"
              + camel(name)
              + "' must be a Link, got "
              + (v == null ? "nothing" : v.getClass().getName()));
    }
    return (Link) v;
  }

  static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /** A list option (e.g. Sequential's layers), empty when absent. */
  List<Object> list(String name) {
    Object v = raw(name);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?>) {
      return new ArrayList<>((List<?>) v);
    }
    if (v instanceof Object[]) {
      return new ArrayList<>(List.of((Object[]) v));
    }
    throw new IllegalArgumentException(
        link + ": option '" + camel(name) + "' must be a List, got " + v.getClass().getName());
  }

  /**
   * An int-array option (a shape): an int[], a List of numbers or a single number; null if absent.
   */
  int[] shape(String name) {
    Object v = raw(name);
    if (v == null) {
      return null;
    }
    if (v instanceof int[]) {
      return ((int[]) v).clone();
    }
    if (v instanceof Number) {
      return new int[] {toInt(name, v)};
    }
    if (v instanceof List<?>) {
      List<?> l = (List<?>) v;
      int[] out = new int[l.size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = toInt(name, l.get(k));
      }
      return out;
    }
    throw new IllegalArgumentException(
        link + ": option '" + camel(name) + "' must be a shape, got " + v.getClass().getName());
  }

  /** A required number option. */
  double requiredNumber(String name) {
    if (raw(name) == null) {
      throw new IllegalArgumentException(link + ": option '" + camel(name) + "' is required");
    }
    return number(name, 0);
  }

  /** A number option, or {@code def} when absent. */
  double number(String name, double def) {
    Object v = raw(name);
    if (v == null) {
      return def;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    throw new IllegalArgumentException(
        link + ": option '" + camel(name) + "' must be a number, got " + v.getClass().getName());
  }
}
