package dl.api.spi;

import dl.api.Link;
import java.util.Map;

/**
 * Service descriptor of a named link (layer), so a model description can build it by name.
 *
 * <pre>{@code
 * // provides dl.api.spi.LinkProvider with my.layers.Glu;   (Glu has a static provider())
 * Link l = Engine.get().link("GLU").create(Map.of("outSize", 64));
 * }</pre>
 */
public interface LinkProvider {
  /** Chainer's class name of the link, e.g. {@code "Linear"}. */
  String name();

  /** Builds the link from named options (sizes, flags). */
  Link create(Map<String, Object> options);

  /**
   * The class that registers this provider: the one module-info's {@code provides} names (for a
   * provider made by {@code of}, the class that called it), so that tools and errors name the real
   * module rather than dl.api.
   */
  default Class<?> declaringClass() {
    return getClass();
  }

  /** A provider from a name and a factory. */
  static LinkProvider of(String name, java.util.function.Function<Map<String, Object>, Link> f) {
    Class<?> caller = Services.WALKER.getCallerClass();
    return new LinkProvider() {
      @Override
      public Class<?> declaringClass() {
        return caller;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Link create(Map<String, Object> options) {
        return f.apply(options);
      }
    };
  }
}
