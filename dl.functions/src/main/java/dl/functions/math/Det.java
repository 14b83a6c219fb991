package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Determinant of one square matrix {@code (n, n)} as a 0-d value (Chainer's {@code det}): {@link
 * BatchDet} on a batch of one.
 *
 * <pre>{@code
 * Variable d = F.det(a);
 * }</pre>
 */
public final class Det {
  private Det() {}

  /** Registered as {@code "det"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("det", (o, in) -> new Variable[] {apply(in[0])});
  }

  /** {@code det(a)} for a square 2-d {@code a}. */
  public static Variable apply(Variable a) {
    Check.floating("det", "a", 0, a.array());
    Check.ndim("det", "a", 0, a.array(), 2);
    int[] s = a.shape();
    if (s[0] != s[1]) {
      throw dl.api.InvalidTypeException.of(
          "det", "a", 0, "a.shape[0] == a.shape[1] (a square matrix)", dl.api.Shapes.str(s));
    }
    return F.reshape(F.batchDet(F.reshape(a, 1, s[0], s[1])), new int[0]);
  }
}
