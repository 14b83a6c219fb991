package dl.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Named hyperparameters with a parent to fall back on: an update rule's values default to its
 * optimizer's, so changing {@code optimizer.hyperparam().set("lr", ...)} affects every rule that
 * has not overridden it (Chainer's {@code Hyperparameter}).
 *
 * <pre>{@code
 * Hyperparameter opt = new Hyperparameter(null).set("lr", 0.01);
 * Hyperparameter rule = new Hyperparameter(opt);
 * assert rule.get("lr") == 0.01;
 * rule.set("lr", 0.1);             // this rule only
 * }</pre>
 */
public final class Hyperparameter {
  private final Hyperparameter parent;
  private final Map<String, Double> values = new TreeMap<>();

  /** Hyperparameters that fall back to {@code parent} for values not set here (null: none). */
  public Hyperparameter(Hyperparameter parent) {
    this.parent = parent;
  }

  /** The value here or inherited; an error lists the names that exist. */
  public double get(String name) {
    for (Hyperparameter h = this; h != null; h = h.parent) {
      Double v = h.values.get(name);
      if (v != null) {
        return v;
      }
    }
    throw new IllegalArgumentException("no hyperparameter '" + name + "'; known: " + names());
  }

  /** Sets a value at this level. */
  public Hyperparameter set(String name, double value) {
    values.put(name, value);
    return this;
  }

  /** Whether a value exists here or above. */
  public boolean has(String name) {
    return values.containsKey(name) || (parent != null && parent.has(name));
  }

  /** All names visible here. */
  public TreeSet<String> names() {
    TreeSet<String> s = parent == null ? new TreeSet<>() : parent.names();
    s.addAll(values.keySet());
    return s;
  }

  /** The hyperparameters this one falls back to, or null. */
  public Hyperparameter parent() {
    return parent;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (String n : names()) {
      b.append(b.length() > 1 ? ", " : "").append(n).append('=').append(get(n));
    }
    return b.append('}').toString();
  }
}
