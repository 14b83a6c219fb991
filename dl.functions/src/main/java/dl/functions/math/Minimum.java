package dl.functions.math;

import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * The registration of {@code "minimum"}; the function itself is {@link Maximum} with {@code max =
 * false}.
 *
 * <pre>{@code
 * Variable m = F.minimum(a, b);
 * }</pre>
 */
public final class Minimum {
  private Minimum() {}

  /** Registered as {@code "minimum"}; inputs {@code x1, x2}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("minimum", (o, in) -> new Maximum(false).apply(in));
  }
}
