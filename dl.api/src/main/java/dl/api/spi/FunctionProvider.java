package dl.api.spi;

import dl.api.Variable;
import java.util.Map;

/**
 * Service descriptor of a named function, so that a model description or an imported graph can call
 * it by name. A function class registers itself with a static {@code provider()} method.
 *
 * <pre>{@code
 * // in module-info.java:  provides dl.api.spi.FunctionProvider with my.ops.Cube;
 * public final class Cube extends FunctionNode {
 *   public static FunctionProvider provider() {
 *     return FunctionProvider.of("cube", (options, in) -> new Cube().apply(in));
 *   }
 *   ...
 * }
 * Variable y = Engine.get().function("cube").apply(Map.of(), x)[0];
 * }</pre>
 */
public interface FunctionProvider {
  /** The function's name as a Chainer user would look for it, e.g. {@code "relu"}. */
  String name();

  /** Applies the function to inputs with options (attributes such as {@code axis}). */
  Variable[] apply(Map<String, Object> options, Variable... inputs);

  /**
   * The class that registers this provider: the one module-info's {@code provides} names (for a
   * provider made by {@code of}, the class that called it), so that tools and errors name the real
   * module rather than dl.api.
   */
  default Class<?> declaringClass() {
    return getClass();
  }

  /** A provider from a name and an implementation. */
  static FunctionProvider of(String name, Impl impl) {
    Class<?> caller = Services.WALKER.getCallerClass();
    return new FunctionProvider() {
      @Override
      public Class<?> declaringClass() {
        return caller;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Variable[] apply(Map<String, Object> options, Variable... inputs) {
        return impl.apply(options, inputs);
      }

      @Override
      public String toString() {
        return "function " + name;
      }
    };
  }

  /** The implementation of a named function. */
  @FunctionalInterface
  interface Impl {
    /** Applies the function to the inputs with the given options. */
    Variable[] apply(Map<String, Object> options, Variable... inputs);
  }
}
