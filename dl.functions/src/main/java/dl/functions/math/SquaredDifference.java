package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code (x1 - x2)²} of two arrays of one shape (Chainer's {@code squared_difference});
 * a composite of sub and square.
 *
 * <pre>{@code
 * Variable d = F.squaredDifference(a, b);
 * }</pre>
 */
public final class SquaredDifference {
  private SquaredDifference() {}

  /** Registered as {@code "squared_difference"}; inputs {@code x1, x2}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("squared_difference", (o, in) -> new Variable[] {apply(in[0], in[1])});
  }

  /** {@code (x1 - x2)²}. */
  public static Variable apply(Variable x1, Variable x2) {
    String fn = "squared_difference";
    Check.floating(fn, "x1", 0, x1.array());
    Check.sameDtype(fn, "x1", x1.array(), "x2", 1, x2.array());
    Check.sameShape(fn, "x1", x1.array(), "x2", 1, x2.array());
    return F.square(F.sub(x1, x2));
  }
}
