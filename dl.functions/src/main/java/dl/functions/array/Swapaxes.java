package dl.functions.array;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Exchanges two axes (Chainer's {@code swapaxes}); a transpose.
 *
 * <pre>{@code
 * Variable y = Swapaxes.apply(x, 0, 2);   // (2, 3, 4) -> (4, 3, 2), or F.swapaxes(x, 0, 2)
 * }</pre>
 */
public final class Swapaxes {
  private Swapaxes() {}

  /** Registered as {@code "swapaxes"}; options {@code axis1}, {@code axis2} (int). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "swapaxes",
        (o, in) ->
            new Variable[] {
              apply(in[0], Opts.integer(o, "axis1", 0), Opts.integer(o, "axis2", 0))
            });
  }

  public static Variable apply(Variable x, int axis1, int axis2) {
    int nd = x.ndim();
    int a = Check.axis("swapaxes", "x", 0, axis1, nd);
    int b = Check.axis("swapaxes", "x", 0, axis2, nd);
    int[] p = new int[nd];
    for (int i = 0; i < nd; i++) {
      p[i] = i == a ? b : i == b ? a : i;
    }
    return F.transpose(x, p);
  }
}
