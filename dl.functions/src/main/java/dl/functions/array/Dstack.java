package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Joins arrays depth-wise (Chainer's {@code dstack}): along axis 2 after NumPy's {@code atleast_3d}
 * ((n,) becomes (1, n, 1), (m, n) becomes (m, n, 1), 0-d becomes (1, 1, 1)).
 *
 * <pre>{@code
 * Variable y = Dstack.apply(new Variable[] {a, b});   // (2, 3), (2, 3) -> (2, 3, 2), or F.dstack(xs)
 * }</pre>
 */
public final class Dstack {
  private Dstack() {}

  /** Registered as {@code "dstack"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("dstack", (o, in) -> new Variable[] {apply(in)});
  }

  public static Variable apply(Variable[] xs) {
    if (xs.length == 0) {
      throw new InvalidTypeException("dstack: needs at least one input");
    }
    Variable[] ys = new Variable[xs.length];
    for (int i = 0; i < xs.length; i++) {
      int[] s = xs[i].shape();
      ys[i] =
          s.length == 0
              ? F.reshape(xs[i], 1, 1, 1)
              : s.length == 1
                  ? F.reshape(xs[i], 1, s[0], 1)
                  : s.length == 2 ? F.reshape(xs[i], s[0], s[1], 1) : xs[i];
    }
    try {
      return F.concat(ys, 2);
    } catch (InvalidTypeException e) {
      // concat found the mismatch; name the function the user called
      throw Check.relabel("dstack", "concat", e);
    }
  }
}
