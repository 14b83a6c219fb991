package dl.api;

import java.util.Map;

/** The array copying behind {@link Link#copy(Link.CopyMode)}. */
final class LinkCopies {
  private LinkCopies() {}

  /** Fills {@code c}, a {@code newLike()} of {@code src}, from {@code src} in the given mode. */
  @SuppressWarnings("unchecked")
  static <L extends Link> L copy(Link link, Link c, Link.CopyMode mode) {
    if (c == null || c.getClass() != link.getClass()) {
      throw new IllegalStateException(
          link.getClass().getSimpleName()
              + ".newLike() must return a new "
              + link.getClass().getSimpleName()
              + ", got "
              + (c == null ? "null" : c.getClass().getSimpleName()));
    }
    Map<String, Parameter> dst = c.namedParams();
    for (Map.Entry<String, Parameter> e : link.namedParams().entrySet()) {
      Parameter src = e.getValue();
      Parameter d = dst.get(e.getKey());
      if (d == null) {
        throw new IllegalStateException(
            link.getClass().getSimpleName() + ".newLike(): the copy lacks parameter " + e.getKey());
      }
      if (!src.isInitialized()) {
        continue;
      }
      // An exhaustive switch expression: a new CopyMode fails to compile here instead of being
      // silently skipped.
      NdArray copied =
          switch (mode) {
            case SHARE -> src.array();
            case COPY -> src.array().copy();
            case INIT -> null; // the copy keeps (or draws) its own initial values
          };
      if (copied != null) {
        d.setArray(copied);
      } else if (!d.isInitialized()) {
        d.initialize(src.shape());
      }
    }
    Map<String, Link> dstLinks = c.namedLinks(false);
    for (Map.Entry<String, Link> e : link.namedLinks(false).entrySet()) {
      Link to = dstLinks.get(e.getKey());
      for (Map.Entry<String, NdArray> p : e.getValue().persistentMap().entrySet()) {
        NdArray v = p.getValue();
        to.persistentMap().put(p.getKey(), v == null || mode == Link.CopyMode.SHARE ? v : v.copy());
      }
    }
    if (link.device() != null) {
      c.toDevice(link.device());
    }
    return (L) c;
  }
}
