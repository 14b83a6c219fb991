package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code p·x + (1 - p)·y} of three arrays of one shape (Chainer's {@code
 * linear_interpolate}), computed as {@code p·(x - y) + y}; a composite.
 *
 * <pre>{@code
 * Variable z = F.linearInterpolate(p, x, y);
 * }</pre>
 */
public final class LinearInterpolate {
  private LinearInterpolate() {}

  /** Registered as {@code "linear_interpolate"}; inputs {@code p, x, y}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "linear_interpolate", (o, in) -> new Variable[] {apply(in[0], in[1], in[2])});
  }

  /** {@code p·x + (1 - p)·y}. */
  public static Variable apply(Variable p, Variable x, Variable y) {
    String fn = "linear_interpolate";
    Check.floating(fn, "p", 0, p.array());
    Check.sameDtype(fn, "p", p.array(), "x", 1, x.array());
    Check.sameDtype(fn, "p", p.array(), "y", 2, y.array());
    Check.sameShape(fn, "p", p.array(), "x", 1, x.array());
    Check.sameShape(fn, "p", p.array(), "y", 2, y.array());
    return F.add(F.mul(p, F.sub(x, y)), y);
  }
}
