package dl.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A link holding a list of child links named {@code "0"}, {@code "1"}, ... (Chainer's {@code
 * ChainList}).
 *
 * <pre>{@code
 * ChainList blocks = new ChainList();
 * blocks.add(new Linear(10));
 * blocks.add(new Linear(10));
 * assert blocks.namedParams().containsKey("/1/W");
 * }</pre>
 */
public class ChainList extends Link {
  private final List<Link> children = new ArrayList<>();

  /** A list of the given links, registered under the names "0", "1", ... */
  public ChainList(Link... links) {
    for (Link l : links) {
      add(l);
    }
  }

  /** Appends a child. */
  public <L extends Link> L add(L link) {
    insertChild(children.size(), link);
    return link;
  }

  /** Inserts a child at position {@code index} and renumbers the children after it. */
  protected final void insertChild(int index, Link link) {
    if (device() != null) {
      link.toDevice(device());
    }
    link.setParent(this);
    children.add(index, link);
    renumber();
  }

  /** Removes child {@code index}, detaches it (no name, no parent) and renumbers the rest. */
  protected final Link removeChild(int index) {
    Link link = children.remove(index);
    link.setName(null);
    link.setParent(null);
    renumber();
    return link;
  }

  /** A plain ChainList of fresh copies of the children; subclasses override it to copy. */
  @Override
  protected Link newLike() {
    if (getClass() != ChainList.class) {
      return super.newLike();
    }
    ChainList c = new ChainList();
    for (Link l : children) {
      c.add(newLikeOf(l));
    }
    return c;
  }

  /** Child {@code i}. */
  public Link get(int i) {
    return children.get(i);
  }

  /** Number of children. */
  public int size() {
    return children.size();
  }

  @Override
  public List<Link> children() {
    return new ArrayList<>(children);
  }

  @Override
  protected Map<String, Link> namedChildren() {
    Map<String, Link> m = new LinkedHashMap<>();
    for (int i = 0; i < children.size(); i++) {
      m.put(Integer.toString(i), children.get(i));
    }
    return m;
  }

  private void renumber() {
    for (int i = 0; i < children.size(); i++) {
      children.get(i).setName(Integer.toString(i));
    }
  }
}
