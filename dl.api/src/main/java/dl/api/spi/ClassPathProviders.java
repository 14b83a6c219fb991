package dl.api.spi;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One jar's providers for a run on the class path. On the module path, {@code provides ... with C}
 * in module-info may name a class whose {@code public static provider()} method returns the
 * provider; on the class path {@link java.util.ServiceLoader} only instantiates classes that
 * implement the service and have a public no-argument constructor, so it cannot call those methods.
 * A jar lists such providers once here, in the order of its {@code provides} clauses, and names the
 * implementing class in {@code META-INF/services/dl.api.spi.ClassPathProviders}. The engine reads
 * these lists only from the class path (named modules use {@code provides}), so nothing is
 * registered twice. Providers that implement the service directly (a backend provider, the engine)
 * are listed in {@code META-INF/services/<service>} instead.
 *
 * <pre>{@code
 * // src/main/resources/META-INF/services/dl.api.spi.ClassPathProviders:  my.ops.MyProviders
 * public final class MyProviders implements ClassPathProviders {
 *   public List<Entry<?>> providers() {
 *     return List.of(ClassPathProviders.entry(FunctionProvider.class, Cube.class, Cube::provider));
 *   }
 * }
 * }</pre>
 */
public interface ClassPathProviders {
  /** The providers, one entry per class named in module-info's {@code provides}. */
  List<Entry<?>> providers();

  /** An entry for the provider class {@code type} of {@code service}. */
  static <S> Entry<S> entry(Class<S> service, Class<?> type, Supplier<? extends S> provider) {
    return new Entry<>(service, type, provider);
  }

  /**
   * One provider: the service it provides, the class module-info names, and how to obtain it.
   *
   * @param service the service interface, e.g. {@code FunctionProvider.class}
   * @param type the class named in module-info's {@code provides} clause
   * @param provider what {@code ServiceLoader} would call: {@code type}'s {@code provider()}
   * @param <S> the service type
   */
  record Entry<S>(Class<S> service, Class<?> type, Supplier<? extends S> provider) {
    /** Checks that no part is missing. */
    public Entry {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(provider, "provider");
    }
  }
}
