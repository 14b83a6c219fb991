package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Joins arrays horizontally (Chainer's {@code hstack}, NumPy's rules): along axis 0 for 1-d inputs,
 * else along axis 1; 0-d inputs count as shape (1,).
 *
 * <pre>{@code
 * Variable y = Hstack.apply(new Variable[] {a, b});   // (2, 3), (2, 1) -> (2, 4), or F.hstack(xs)
 * }</pre>
 */
public final class Hstack {
  private Hstack() {}

  /** Registered as {@code "hstack"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("hstack", (o, in) -> new Variable[] {apply(in)});
  }

  public static Variable apply(Variable[] xs) {
    if (xs.length == 0) {
      throw new InvalidTypeException("hstack: needs at least one input");
    }
    Variable[] ys = new Variable[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ys[i] = xs[i].ndim() == 0 ? F.reshape(xs[i], 1) : xs[i];
    }
    try {
      return F.concat(ys, ys[0].ndim() == 1 ? 0 : 1);
    } catch (InvalidTypeException e) {
      // concat found the mismatch; name the function the user called
      throw Check.relabel("hstack", "concat", e);
    }
  }
}
