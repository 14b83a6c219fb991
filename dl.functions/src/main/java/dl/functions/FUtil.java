package dl.functions;

import dl.api.Variable;
import dl.functions.util.Forget;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The utility functions of {@link F}. Users call them as {@code F.name(...)}; the facade is split
 * into one class per category so that each stays small (the generated {@link F} delegates to it).
 * Public only so that method references such as {@code F::relu} link; call through {@code F}.
 */
final class FUtil {
  private FUtil() {}

  /**
   * Calls {@code func} without keeping its graph, recomputing it in backward: {@code F.forget(v ->
   * F.tanh(F.linear(v, W)), x)}.
   */
  public static Variable forget(UnaryOperator<Variable> func, Variable x) {
    return new Forget(xs -> new Variable[] {func.apply(xs[0])}).applyOne(x);
  }

  /**
   * {@link #forget(UnaryOperator, Variable)} for several inputs and outputs: {@code F.forget(xs ->
   * new Variable[] {F.mul(xs[0], xs[1])}, new Variable[] {a, b})}.
   */
  public static Variable[] forget(Function<Variable[], Variable[]> func, Variable[] xs) {
    return new Forget(func).apply(xs);
  }
}
