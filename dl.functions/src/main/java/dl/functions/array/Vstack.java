package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Joins arrays vertically (Chainer's {@code vstack}): along axis 0 after NumPy's {@code atleast_2d}
 * (shape (n,) becomes (1, n), 0-d becomes (1, 1)).
 *
 * <pre>{@code
 * Variable y = Vstack.apply(new Variable[] {a, b});   // (3,), (3,) -> (2, 3), or F.vstack(xs)
 * }</pre>
 */
public final class Vstack {
  private Vstack() {}

  /** Registered as {@code "vstack"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("vstack", (o, in) -> new Variable[] {apply(in)});
  }

  public static Variable apply(Variable[] xs) {
    if (xs.length == 0) {
      throw new InvalidTypeException("vstack: needs at least one input");
    }
    Variable[] ys = new Variable[xs.length];
    for (int i = 0; i < xs.length; i++) {
      int nd = xs[i].ndim();
      ys[i] = nd >= 2 ? xs[i] : F.reshape(xs[i], 1, nd == 0 ? 1 : xs[i].shape()[0]);
    }
    try {
      return F.concat(ys, 0);
    } catch (InvalidTypeException e) {
      // concat found the mismatch; name the function the user called
      throw Check.relabel("vstack", "concat", e);
    }
  }
}
