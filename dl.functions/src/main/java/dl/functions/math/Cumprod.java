package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Cumulative product along an axis (Chainer's {@code cumprod}); a null axis scans the flattened
 * array. A composite (a Hillis–Steele scan of slices, concat and mul), so its gradient is exact
 * with zeros in {@code x} and it is differentiable any number of times.
 *
 * <pre>{@code
 * Variable c = F.cumprod(x, 1);
 * }</pre>
 */
public final class Cumprod {
  private Cumprod() {}

  /** Registered as {@code "cumprod"}; option {@code axis} (int, default: flattened). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "cumprod", (o, in) -> new Variable[] {apply(in[0], Opts.optInteger(o, "axis"))});
  }

  /** The inclusive running product along {@code axis} (null: of the flattened array). */
  public static Variable apply(Variable x, Integer axis) {
    Check.floating("cumprod", "x", 0, x.array());
    if (axis == null) {
      return Scan.scan(F.reshape(x, x.size()), 0, true);
    }
    return Scan.scan(x, Check.axis("cumprod", "x", 0, axis, x.ndim()), true);
  }
}
