package dl.training.serializers;

import dl.api.Link;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.UpdateRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chainer's {@code serialize} methods for the dl.api types, which do not know about serializers: a
 * link saves its parameters and persistent values by name and its children as sub-paths ({@code
 * predictor/l1/W}); an optimizer saves {@code t}, {@code epoch} and each parameter's update rule
 * state under the parameter's path ({@code predictor/l1/W/m}, {@code predictor/l1/W/t}).
 *
 * <pre>{@code
 * Serializers.of(model).serialize(serializer.child("model:main"));
 * }</pre>
 */
public final class Serializers {
  private Serializers() {}

  /** A link as a {@link Serializable}. */
  public static Serializable of(Link link) {
    return s -> link(s, link);
  }

  /** An optimizer (with its rules' state) as a {@link Serializable}. */
  public static Serializable of(Optimizer optimizer) {
    return s -> optimizer(s, optimizer);
  }

  /** Saves or loads a link's parameters, persistents and children. */
  public static void link(Serializer s, Link link) {
    for (Map.Entry<String, Parameter> e : link.ownParams().entrySet()) {
      Parameter p = e.getValue();
      NdArray current = p.isInitialized() ? p.array() : null;
      NdArray v = s.array(e.getKey(), current);
      if (s.isLoading() && v != null && v != current) {
        if (!p.isInitialized()) {
          p.initialize(v.shape()); // a lazily initialised parameter takes the stored shape
        }
        p.setArray(v.astype(p.dtype()).toDevice(p.array().device()));
      }
    }
    for (String name : link.persistentNames()) {
      NdArray current = link.persistent(name);
      if (!s.isLoading()
          && current != null
          && current.shape().length == 0
          && current.dtype() == dl.api.DType.INT32) {
        // A Python int in Chainer (BatchNormalization's N), which NumPy stores as <i8.
        s.value(name, (long) current.toIntArray()[0]);
        continue;
      }
      NdArray v = s.array(name, current);
      if (s.isLoading() && v != null && v != current) {
        link.setPersistent(name, v);
      }
    }
    for (Link child : link.children()) {
      link(s.child(child.name()), child);
    }
  }

  /** Saves or loads {@code t}, {@code epoch} and every update rule's {@code t} and state. */
  public static void optimizer(Serializer s, Optimizer opt) {
    opt.setT(s.value("t", opt.t()));
    opt.setEpoch(s.value("epoch", opt.epoch()));
    for (Map.Entry<String, Parameter> e : opt.target().namedParams().entrySet()) {
      UpdateRule rule = e.getValue().updateRule();
      if (rule != null) {
        updateRule(s.child(e.getKey().substring(1)), rule, e.getValue());
      }
    }
  }

  private static void updateRule(Serializer s, UpdateRule rule, Parameter p) {
    rule.setT(s.value("t", rule.t()));
    Map<String, NdArray> state = rule.state();
    if (!s.isLoading()) {
      for (Map.Entry<String, NdArray> e : state.entrySet()) {
        s.array(e.getKey(), e.getValue());
      }
      return;
    }
    // Before the first update a rule has no state and the file has none either; when the file
    // has state, load the names it holds rather than guessing them (Chainer's KeyError on resume).
    Set<String> names = new TreeSet<>(s.storedChildNames());
    names.remove("t");
    if (!state.isEmpty()) {
      names.addAll(state.keySet());
    }
    Map<String, NdArray> loaded = new LinkedHashMap<>();
    boolean complete = true;
    for (String name : names) {
      NdArray v = s.array(name, state.get(name));
      if (v == null) {
        complete = false;
      } else {
        loaded.put(name, p.isInitialized() ? v.toDevice(p.array().device()) : v);
      }
    }
    if (complete && !names.isEmpty() && !loaded.equals(state)) {
      rule.setState(loaded);
    }
  }
}
