package dl.api.spi;

import dl.api.Optimizer;
import java.util.Map;

/**
 * Service descriptor of a named optimizer, so one can be chosen on a command line.
 *
 * <pre>{@code
 * Optimizer opt = Engine.get().optimizer("Adam").create(Map.of("alpha", 1e-3));
 * }</pre>
 */
public interface OptimizerProvider {
  /** Chainer's class name, e.g. {@code "MomentumSGD"}. */
  String name();

  /** Builds the optimizer; hyperparameters not given take their defaults. */
  Optimizer create(Map<String, Double> hyperparameters);

  /**
   * The class that registers this provider: the one module-info's {@code provides} names (for a
   * provider made by {@code of}, the class that called it), so that tools and errors name the real
   * module rather than dl.api.
   */
  default Class<?> declaringClass() {
    return getClass();
  }

  /** A provider from a name and a factory. */
  static OptimizerProvider of(
      String name, java.util.function.Function<Map<String, Double>, Optimizer> f) {
    Class<?> caller = Services.WALKER.getCallerClass();
    return new OptimizerProvider() {
      @Override
      public Class<?> declaringClass() {
        return caller;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Optimizer create(Map<String, Double> hyperparameters) {
        return f.apply(hyperparameters);
      }
    };
  }
}
