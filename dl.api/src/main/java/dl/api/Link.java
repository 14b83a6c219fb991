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
  private Map<String, LinkHook> hooks;

  /** Hooks enabled for every link of this thread by {@link LinkHook#enable}. */
  private static final ThreadLocal<LinkedHashMap<String, LinkHook>> GLOBAL_HOOKS =
      ThreadLocal.withInitial(LinkedHashMap::new);

  /** How {@link #copy(CopyMode)} treats parameter and persistent arrays (Chainer's modes). */
  public enum CopyMode {
    /** New parameter objects sharing the arrays (Chainer's default {@code 'share'}). */
    SHARE,
    /** Deep copies of the arrays. */
    COPY,
    /** Same structure and shapes, parameters freshly drawn from their initializers. */
    INIT
  }

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

  /**
   * The persistent values of this link and its descendants by path ({@code "/bn/avg_mean"}), in
   * traversal order, for serializers.
   */
  public final Map<String, NdArray> namedPersistents() {
    Map<String, NdArray> out = new LinkedHashMap<>();
    for (Map.Entry<String, Link> e : namedLinks(false).entrySet()) {
      String prefix = e.getKey().equals("/") ? "" : e.getKey();
      for (Map.Entry<String, NdArray> p : e.getValue().persistents.entrySet()) {
        out.put(prefix + "/" + p.getKey(), p.getValue());
      }
    }
    return out;
  }

  /** The live persistent map (for {@link LinkCopies}). */
  final Map<String, NdArray> persistentMap() {
    return persistents;
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

  /** Copies the parameter and persistent values of a link with the same structure. */
  public final void copyparams(Link other) {
    copyparams(other, true);
  }

  /**
   * Copies the parameter values, and the persistent values when {@code copyPersistent}, of a link
   * with the same structure (Chainer's {@code copyparams(link, copy_persistent=True)}).
   */
  public final void copyparams(Link other, boolean copyPersistent) {
    if (copyPersistent) {
      Map<String, Link> mine = namedLinks(false);
      for (Map.Entry<String, Link> e : other.namedLinks(false).entrySet()) {
        Link to = mine.get(e.getKey());
        if (to == null) {
          throw new IllegalArgumentException("copyparams: no link " + e.getKey() + " here");
        }
        for (Map.Entry<String, NdArray> p : e.getValue().persistents.entrySet()) {
          if (!to.persistents.containsKey(p.getKey())) {
            throw new IllegalArgumentException(
                "copyparams: no persistent value " + p.getKey() + " in " + e.getKey());
          }
          NdArray v = p.getValue();
          to.persistents.put(p.getKey(), v == null ? null : v.copy());
        }
      }
    }
    Map<String, Parameter> mine = namedParams();
    for (Map.Entry<String, Parameter> e : other.namedParams().entrySet()) {
      Parameter p = mine.get(e.getKey());
      if (p == null) {
        throw new IllegalArgumentException("copyparams: no parameter " + e.getKey() + " here");
      }
      if (!e.getValue().isInitialized()) {
        continue; // nothing to copy yet
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

  // ---- copying ----

  /**
   * A new link of the same class and configuration with fresh parameters (uninitialised where the
   * configuration leaves them lazy) and fresh children. {@link #copy} and {@link #repeat} build on
   * it; links that support copying override it, typically as {@code return new Linear(spec);}.
   */
  protected Link newLike() {
    throw new UnsupportedOperationException(
        getClass().getSimpleName()
            + " does not support copy/repeat: override newLike() to build a link of the same"
            + " configuration");
  }

  /** {@code link.newLike()}, for containers that build their copies from their children's. */
  protected static Link newLikeOf(Link link) {
    return link.newLike();
  }

  /** {@link #copy(CopyMode)} with {@link CopyMode#SHARE}, Chainer's default. */
  public final <L extends Link> L copy() {
    return copy(CopyMode.SHARE);
  }

  /**
   * A copy of this link and its descendants as a new root (Chainer's {@code copy(mode)}): new
   * parameter objects with cleared gradients and no update rule; their arrays shared ({@code
   * SHARE}), deep-copied ({@code COPY}), or freshly initialised with each parameter's initializer
   * and shape ({@code INIT}). Uninitialised parameters stay uninitialised. Persistent values are
   * shared in {@code SHARE} mode and copied otherwise.
   *
   * <pre>{@code
   * Linear twin = layer.copy(Link.CopyMode.COPY);   // independent weights, same values
   * }</pre>
   */
  public final <L extends Link> L copy(CopyMode mode) {
    return LinkCopies.copy(this, newLike(), mode);
  }

  /**
   * {@code n} copies of this link in the given mode (Chainer's {@code repeat(n, mode='init')}
   * returns them in a {@code Sequential}; {@code dl.links.Sequential.repeat} does).
   */
  public final <L extends Link> List<L> repeat(int n, CopyMode mode) {
    if (n < 0) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ".repeat: n must be >= 0, got " + n);
    }
    List<L> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(copy(mode));
    }
    return out;
  }

  // ---- hooks ----

  /** Adds a hook called around this link's forward under its {@link LinkHook#name()}. */
  public final Link addHook(LinkHook hook) {
    return addHook(hook.name(), hook);
  }

  /** Adds a named hook called around this link's forward (Chainer's {@code add_hook}). */
  public final Link addHook(String hookName, LinkHook hook) {
    if (hooks == null) {
      hooks = new LinkedHashMap<>();
    }
    if (hooks.containsKey(hookName)) {
      throw new IllegalArgumentException(
          pathOrClass() + ": a link hook named '" + hookName + "' already exists");
    }
    hooks.put(hookName, hook);
    return this;
  }

  /** Removes a hook added with {@link #addHook}. */
  public final void removeHook(String hookName) {
    if (hooks == null || hooks.remove(hookName) == null) {
      throw new IllegalArgumentException(
          pathOrClass()
              + ": no link hook '"
              + hookName
              + "'; hooks: "
              + (hooks == null ? "[]" : hooks.keySet()));
    }
  }

  /** This link's own hooks by name, in call order. */
  public final Map<String, LinkHook> localLinkHooks() {
    return hooks == null ? Map.of() : java.util.Collections.unmodifiableMap(hooks);
  }

  static Scope enableGlobal(LinkHook hook) {
    LinkedHashMap<String, LinkHook> g = GLOBAL_HOOKS.get();
    String n = hook.name();
    if (g.containsKey(n)) {
      throw new IllegalArgumentException("a global link hook named '" + n + "' is already enabled");
    }
    g.put(n, hook);
    return () -> g.remove(n, hook);
  }

  // ---- calling ----

  /**
   * Runs the link on its inputs: the global link hooks ({@link LinkHook#enable}) then this link's
   * own hooks see the call before and after {@link #forward}.
   */
  public Variable call(Variable... inputs) {
    LinkedHashMap<String, LinkHook> g = GLOBAL_HOOKS.get();
    if (g.isEmpty() && (hooks == null || hooks.isEmpty())) {
      return forward(inputs);
    }
    List<LinkHook> active = new ArrayList<>(g.values());
    if (hooks != null) {
      active.addAll(hooks.values());
    }
    for (LinkHook h : active) {
      h.forwardPreprocess(this, inputs);
    }
    Variable out = forward(inputs);
    for (LinkHook h : active) {
      h.forwardPostprocess(this, inputs, out);
    }
    return out;
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
