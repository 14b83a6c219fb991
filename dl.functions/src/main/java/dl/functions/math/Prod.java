package dl.functions.math;

import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Product over axes (Chainer's {@code prod}); null axes multiply everything. A composite (pairwise
 * halving with slices and mul, {@code log₂ n} steps), so the gradient is exact with zeros in {@code
 * x} (no division by {@code x}) and it is differentiable any number of times.
 *
 * <pre>{@code
 * Variable p = F.prod(x, new int[] {1}, false);
 * }</pre>
 */
public final class Prod {
  private Prod() {}

  /**
   * Registered as {@code "prod"}; options {@code axis} (int or int[], default all), {@code
   * keepdims}.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "prod",
        (o, in) ->
            new Variable[] {apply(in[0], Opts.ints(o, "axis"), Opts.bool(o, "keepdims", false))});
  }

  /** The product over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
  public static Variable apply(Variable x, int[] axes, boolean keepdims) {
    Check.floating("prod", "x", 0, x.array());
    int[] ax = Check.axes("prod", "x", 0, axes, x.ndim());
    int[] shape = x.shape();
    boolean[] reduced = new boolean[shape.length];
    for (int a : ax) {
      reduced[a] = true;
    }
    int[] perm = new int[shape.length];
    int j = 0;
    int m = 1;
    for (int i = 0; i < shape.length; i++) {
      if (!reduced[i]) {
        perm[j++] = i;
        m *= shape[i];
      }
    }
    int n = 1;
    for (int a : ax) {
      perm[j++] = a;
      n *= shape[a];
    }
    Variable y = Scan.prodLast(F.reshape(F.transpose(x, perm), m, n));
    return F.reshape(y, Shapes.reduced(shape, ax, keepdims));
  }
}
