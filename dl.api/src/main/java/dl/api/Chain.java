package dl.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A link made of named child links (Chainer's {@code Chain}). Register children explicitly with
 * {@link #addLink}.
 *
 * <pre>{@code
 * class MLP extends Chain {
 *   final Linear l1 = addLink("l1", new Linear(100));
 *   final Linear l2 = addLink("l2", new Linear(10));
 *   protected Variable forward(Variable... x) { return l2.call(F.relu(l1.call(x[0]))); }
 * }
 * }</pre>
 */
public class Chain extends Link {
  private final Map<String, Link> children = new TreeMap<>();

  /** Registers a child link under {@code name} and returns it. */
  protected final <L extends Link> L addLink(String linkName, L link) {
    checkName(linkName);
    link.setName(linkName);
    link.setParent(this);
    if (device() != null) {
      link.toDevice(device());
    }
    children.put(linkName, link);
    return link;
  }

  /** A child by name. */
  public final Link child(String linkName) {
    Link l = children.get(linkName);
    if (l == null) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": no child link '"
              + linkName
              + "'; children: "
              + children.keySet());
    }
    return l;
  }

  @Override
  boolean hasChild(String n) {
    return children.containsKey(n);
  }

  @Override
  public List<Link> children() {
    return new ArrayList<>(children.values());
  }

  @Override
  protected Map<String, Link> namedChildren() {
    return Collections.unmodifiableMap(children);
  }
}
