package dl.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A link holding a list of child links named {@code "0"}, {@code "1"}, ... (Chainer's
 * {@code ChainList}).
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

  public ChainList(Link... links) {
    for (Link l : links) {
      add(l);
    }
  }

  /** Appends a child. */
  public <L extends Link> L add(L link) {
    link.setName(Integer.toString(children.size()));
    if (device() != null) {
      link.toDevice(device());
    }
    children.add(link);
    return link;
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

  /** Renames children after a structural edit so names stay {@code 0..n-1}. */
  protected void renumber() {
    for (int i = 0; i < children.size(); i++) {
      children.get(i).setName(Integer.toString(i));
    }
  }

  /** The mutable child list for subclasses that edit it (call {@link #renumber()} after). */
  protected List<Link> childList() {
    return children;
  }
}
