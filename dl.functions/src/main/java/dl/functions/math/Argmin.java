package dl.functions.math;

import dl.api.ReduceOp;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * The registration of {@code "argmin"}; the function itself is {@link Argmax} with {@link
 * ReduceOp#MIN}.
 *
 * <pre>{@code
 * Variable i = F.argmin(x, 0);
 * }</pre>
 */
public final class Argmin {
  private Argmin() {}

  /** Registered as {@code "argmin"}; option {@code axis} (int, default: flattened). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "argmin", (o, in) -> new Argmax(ReduceOp.MIN, Opts.optInteger(o, "axis")).apply(in));
  }
}
