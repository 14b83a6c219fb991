package dl.api.spi;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The process-wide engine and Variable arithmetic, each loaded once on first use. A missing or
 * broken provider is remembered as its message, not thrown from a static initializer: a throwing
 * initializer reports the cause once and leaves every later call only {@code NoClassDefFoundError:
 * Could not initialize class}, so here every call gets the same clear error.
 */
final class Services {
  private Services() {}

  /** Finds the class that called a provider factory ({@code FunctionProvider.of}, ...). */
  static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /** A loaded provider, or why there is none. */
  private record Loaded<S>(S provider, String error) {
    static <S> Loaded<S> load(Class<S> service, String missing) {
      try {
        return ServiceLoader.load(service)
            .findFirst()
            .map(p -> new Loaded<>(p, null))
            .orElseGet(() -> new Loaded<>(null, missing));
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        return new Loaded<>(null, service.getName() + " failed to load: " + e);
      }
    }

    S get() {
      if (provider == null) {
        throw new IllegalStateException(error);
      }
      return provider;
    }
  }

  private static final class EngineHolder {
    static final Loaded<Engine> INSTANCE =
        Loaded.load(
            Engine.class,
            "no Catena engine on the module path: add the module dl.engine (it provides"
                + " dl.api.spi.Engine)");
  }

  private static final class MathHolder {
    static final Loaded<VariableMath> INSTANCE =
        Loaded.load(
            VariableMath.class,
            "Variable arithmetic needs the function library: add the module dl.functions to the"
                + " module path (in a plugin's tests: a test-scope dependency on dl.functions)");
  }

  static Engine engine() {
    return EngineHolder.INSTANCE.get();
  }

  static VariableMath variableMath() {
    return MathHolder.INSTANCE.get();
  }
}
