package dl.links;

import dl.api.Link;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * The links of this module that are being called on this thread, outermost first. A link only
 * knows its name within its parent, so an error raised deep in a model finds its full path
 * ({@code /predictor/l2}) by looking itself up in the outermost enclosing container.
 */
final class CallContext {
  private static final ThreadLocal<Deque<Link>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

  private CallContext() {}

  /** Runs {@code body} with {@code link} marked as being called. */
  static <T> T within(Link link, java.util.function.Supplier<T> body) {
    Deque<Link> s = STACK.get();
    s.addLast(link);
    try {
      return body.get();
    } finally {
      s.removeLast();
    }
  }

  /**
   * The path of {@code link} from the outermost enclosing link being called ({@code "/"} for that
   * link itself); {@code "/" + name} when no enclosing container is known.
   */
  static String path(Link link) {
    for (Iterator<Link> it = STACK.get().iterator(); it.hasNext();) {
      Link root = it.next();
      if (root == link) {
        break;
      }
      for (Map.Entry<String, Link> e : root.namedLinks(true).entrySet()) {
        if (e.getValue() == link) {
          return e.getKey();
        }
      }
    }
    return link.name() == null ? "/" : "/" + link.name();
  }
}
