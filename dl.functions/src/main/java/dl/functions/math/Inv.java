package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Inverse of one square matrix {@code (n, n)} (Chainer's {@code inv}): {@link BatchInv} on a batch
 * of one.
 *
 * <pre>{@code
 * Variable ainv = F.inv(a);
 * }</pre>
 */
public final class Inv {
  private Inv() {}

  /** Registered as {@code "inv"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("inv", (o, in) -> new Variable[] {apply(in[0])});
  }

  /** {@code a⁻¹} for a square 2-d {@code a}. */
  public static Variable apply(Variable a) {
    Check.floating("inv", "a", 0, a.array());
    Check.ndim("inv", "a", 0, a.array(), 2);
    int[] s = a.shape();
    if (s[0] != s[1]) {
      throw dl.api.InvalidTypeException.of(
          "inv", "a", 0, "a.shape[0] == a.shape[1] (a square matrix)", dl.api.Shapes.str(s));
    }
    return F.reshape(F.batchInv(F.reshape(a, 1, s[0], s[1])), s);
  }
}
