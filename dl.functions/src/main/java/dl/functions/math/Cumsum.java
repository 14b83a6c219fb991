package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Cumulative sum along an axis (Chainer's {@code cumsum}); a null axis scans the flattened array. A
 * composite (a Hillis–Steele scan of slices, concat and add; the backend has no scan kernel), so it
 * is differentiable any number of times.
 *
 * <pre>{@code
 * Variable c = F.cumsum(x, 1);
 * }</pre>
 */
public final class Cumsum {
  private Cumsum() {}

  /** Registered as {@code "cumsum"}; option {@code axis} (int, default: flattened). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "cumsum", (o, in) -> new Variable[] {apply(in[0], Opts.optInteger(o, "axis"))});
  }

  /** The inclusive running sum along {@code axis} (null: of the flattened array). */
  public static Variable apply(Variable x, Integer axis) {
    Check.floating("cumsum", "x", 0, x.array());
    if (axis == null) {
      return Scan.scan(F.reshape(x, x.size()), 0, false);
    }
    return Scan.scan(x, Check.axis("cumsum", "x", 0, axis, x.ndim()), false);
  }
}
