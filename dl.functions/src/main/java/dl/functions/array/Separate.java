package dl.functions.array;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Splits an array into its slices along an axis, removing that axis (Chainer's {@code separate},
 * axis 0 by default); the inverse of {@link Stack}.
 *
 * <pre>{@code
 * Variable[] rows = Separate.apply(x, 0);   // (2, 3) -> two (3,), or F.separate(x)
 * }</pre>
 */
public final class Separate {
  private Separate() {}

  /** Registered as {@code "separate"}; option {@code axis} (int, default 0). */
  public static FunctionProvider provider() {
    return Opts.provider("separate", (o, in) -> apply(in[0], Opts.integer(o, "axis", 0)));
  }

  public static Variable[] apply(Variable x, int axis) {
    int a = Check.axis("separate", "x", 0, axis, x.ndim());
    Variable[] ys = new Variable[x.shape()[a]];
    for (int i = 0; i < ys.length; i++) {
      Index[] idx = new Index[a + 1];
      for (int d = 0; d < a; d++) {
        idx[d] = Index.all();
      }
      idx[a] = Index.at(i);
      ys[i] = F.getItem(x, idx);
    }
    return ys;
  }
}
