package dl.functions.math;

import dl.api.ReduceOp;
import dl.api.spi.FunctionProvider;

/**
 * The registration of {@code "min"}; the function itself is {@link Max} with {@link ReduceOp#MIN}
 * (one implementation for both, as their backward is the same).
 *
 * <pre>{@code
 * Variable m = Engine.get().function("min").apply(Map.of("axis", 0), x)[0];   // or F.min(x, 0)
 * }</pre>
 */
public final class Min {
  private Min() {}

  /**
   * Registered as {@code "min"}; options {@code axis} (int or int[], default all), {@code
   * keepdims}.
   */
  public static FunctionProvider provider() {
    return Max.minProvider();
  }
}
