package dl.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A building block of models that owns parameters and persistent values (Chainer's {@code Link}).
 * Parameters are registered explicitly by name (no reflection); traversal is in Chainer's
 * deterministic order: own parameters sorted by name, then children sorted by name.
 *
 * <pre>{@code
 * class Scale extends Link {
 *   final Parameter w = addParam("W", new Parameter(Initializer.constant(1), 1));
 *   protected Variable forward(Variable... x) { return x[0].mul(w); }
 * }
 * Link s = new Scale();
 * Variable y = s.call(x);
 * s.cleargrads();
 * }</pre>
 */
public abstract class Link {
  private final Map<String, Parameter> params = new TreeMap<>();
  private final Map<String, NdArray> persistents = new TreeMap<>();
  private String name;
  private Link parent;
  private Device device;

  /** Registers a parameter under {@code name}; returns it for field initialisers. */
  protected final Parameter addParam(String paramName, Parameter p) {
    checkName(paramName);
    p.setName(paramName);
    if (device != null) {
      p.toDevice(device);
    }
    params.put(paramName, p);
    return p;
  }

  /** Registers a persistent array: serialized and moved across devices, never optimised. */
  protected final void addPersistent(String persistentName, NdArray value) {
    checkName(persistentName);
    persistents.put(persistentName, value);
  }

  /** The value of a persistent array. */
  public final NdArray persistent(String persistentName) {
    NdArray v = persistents.get(persistentName);
    if (v == null && !persistents.containsKey(persistentName)) {
      throw new IllegalArgumentException(
          pathOrClass()
              + ": no persistent value '"
              + persistentName
              + "'; known: "
              + persistents.keySet());
    }
    return v;
  }

  /** Replaces a persistent array (e.g. running statistics). */
  public final void setPersistent(String persistentName, NdArray value) {
    persistent(persistentName);
    persistents.put(persistentName, value);
  }

  /** Names of the persistent values, sorted. */
  public final List<String> persistentNames() {
    return new ArrayList<>(persistents.keySet());
  }

  void checkName(String n) {
    if (n == null || n.isEmpty() || n.contains("/")) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": invalid name '" + n + "' (non-empty, without '/')");
    }
    if (params.containsKey(n) || persistents.containsKey(n) || hasChild(n)) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": the name '" + n + "' is already registered");
    }
  }

  boolean hasChild(String n) {
    return false;
  }

  /** The child links in traversal order (none for a plain link). */
  public List<Link> children() {
    return List.of();
  }

  /** Children by name in traversal order. */
  protected Map<String, Link> namedChildren() {
    return Map.of();
  }

  /** This link's name within its parent, or null at the root. */
  public final String name() {
    return name;
  }

  final void setName(String n) {
    name = n;
  }

  final void setParent(Link p) {
    parent = p;
  }

  /** The link that registered this one as a child, or null at the root. */
  public final Link parent() {
    return parent;
  }

  /**
   * This link's path from the root of its model, as in {@link #namedLinks}: {@code "/"} for the
   * root, {@code "/predictor/l2"} for a grandchild. Error messages name links by it.
   */
  public final String path() {
    if (parent == null) {
      return "/";
    }
    String p = parent.path();
    return (p.equals("/") ? "" : p) + "/" + name;
  }

  private String pathOrClass() {
    return getClass().getSimpleName() + " " + path();
  }

  // ---- traversal ----

  /** Parameters, including uninitialised ones, in Chainer's order. */
  public final List<Parameter> params() {
    return params(true);
  }

  /** Parameters in Chainer's order, optionally without uninitialised ones. */
  public final List<Parameter> params(boolean includeUninit) {
    List<Parameter> out = new ArrayList<>();
    for (Parameter p : namedParams(includeUninit).values()) {
      out.add(p);
    }
    return out;
  }

  /** Parameters by path ({@code "/l1/W"}) in Chainer's order. */
  public final Map<String, Parameter> namedParams() {
    return namedParams(true);
  }

  /** Parameters by path, optionally without uninitialised ones. */
  public final Map<String, Parameter> namedParams(boolean includeUninit) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    collectParams("", includeUninit, out);
    return out;
  }

  private void collectParams(String prefix, boolean includeUninit, Map<String, Parameter> out) {
    for (Map.Entry<String, Parameter> e : params.entrySet()) {
      if (includeUninit || e.getValue().isInitialized()) {
        out.put(prefix + "/" + e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, Link> c : namedChildren().entrySet()) {
      c.getValue().collectParams(prefix + "/" + c.getKey(), includeUninit, out);
    }
  }

  /** This link and all descendants by path ({@code "/"}, {@code "/l1"}, ...). */
  public final Map<String, Link> namedLinks(boolean skipSelf) {
    Map<String, Link> out = new LinkedHashMap<>();
    if (!skipSelf) {
      out.put("/", this);
    }
    collectLinks("", out);
    return out;
  }

  private void collectLinks(String prefix, Map<String, Link> out) {
    for (Map.Entry<String, Link> c : namedChildren().entrySet()) {
      out.put(prefix + "/" + c.getKey(), c.getValue());
      c.getValue().collectLinks(prefix + "/" + c.getKey(), out);
    }
  }

  /** This link and all descendants. */
  public final List<Link> links(boolean skipSelf) {
    return new ArrayList<>(namedLinks(skipSelf).values());
  }

  /** This link's own parameters by name, without descendants. */
  public final Map<String, Parameter> ownParams() {
    return java.util.Collections.unmodifiableMap(params);
  }

  /** Total number of elements of initialised parameters. */
  public final long countParams() {
    long n = 0;
    for (Parameter p : params(false)) {
      n += p.size();
    }
    return n;
  }

  /** Clears every parameter's gradient. */
  public final void cleargrads() {
    for (Parameter p : params()) {
      p.cleargrad();
    }
  }

  /** Moves parameters and persistent values of this link and its descendants to a device. */
  public Link toDevice(Device target) {
    for (Link l : links(false)) {
      l.device = target;
      for (Parameter p : l.params.values()) {
        p.toDevice(target);
      }
      l.persistents.replaceAll((k, v) -> v == null ? null : v.toDevice(target));
    }
    return this;
  }

  /** The device set by {@link #toDevice}, or null when never moved (the default device). */
  public final Device device() {
    return device;
  }

  /** Turns updates back on for every parameter that has an update rule. */
  public final void enableUpdate() {
    setUpdateEnabled(true);
  }

  /** Freezes every parameter that has an update rule. */
  public final void disableUpdate() {
    setUpdateEnabled(false);
  }

  private void setUpdateEnabled(boolean on) {
    for (Parameter p : params()) {
      if (p.updateRule() != null) {
        p.updateRule().setEnabled(on);
      }
    }
  }

  /** Copies the parameter values (and persistent values) of a link with the same structure. */
  public final void copyparams(Link other) {
    Map<String, Parameter> mine = namedParams();
    for (Map.Entry<String, Parameter> e : other.namedParams().entrySet()) {
      Parameter p = mine.get(e.getKey());
      if (p == null) {
        throw new IllegalArgumentException("copyparams: no parameter " + e.getKey() + " here");
      }
      if (!p.isInitialized()) {
        p.initialize(e.getValue().shape());
      }
      p.copydata(e.getValue());
    }
  }

  /** Adds the gradients of a link with the same structure into this one's. */
  public final void addgrads(Link other) {
    Map<String, Parameter> mine = namedParams();
    for (Map.Entry<String, Parameter> e : other.namedParams().entrySet()) {
      Parameter p = mine.get(e.getKey());
      if (p != null && p.isInitialized()) {
        p.addgrad(e.getValue());
      }
    }
  }

  // ---- calling ----

  /** Runs the link on its inputs (link hooks wrap this in issue-4 links). */
  public Variable call(Variable... inputs) {
    return forward(inputs);
  }

  /** The computation; links override this. */
  protected Variable forward(Variable... inputs) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not define forward(Variable...)");
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + (name == null ? "" : " " + name);
  }
}
