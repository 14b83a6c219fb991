package dl.functions.activation;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Maxout (Chainer's {@code maxout}; Goodfellow et al., 2013): splits {@code axis} (default 1) of
 * size {@code C} into {@code (C / poolSize, poolSize)} and takes the maximum over each group. A
 * composite of reshape and max.
 *
 * <pre>{@code
 * Variable h = F.maxout(x, 4);   // (N, 12) -> (N, 3)
 * }</pre>
 */
public final class Maxout {
  private Maxout() {}

  /**
   * Registered as {@code "maxout"}; options {@code pool_size} (int, required), {@code axis} (int,
   * default 1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "maxout",
        (o, in) ->
            new Variable[] {
              apply(in[0], Opts.integer(o, "pool_size", 0), Opts.integer(o, "axis", 1))
            });
  }

  /** The maximum over groups of {@code poolSize} consecutive entries along {@code axis}. */
  public static Variable apply(Variable x, int poolSize, int axis) {
    String fn = "maxout";
    Check.floating(fn, "x", 0, x.array());
    if (poolSize <= 0) {
      throw InvalidTypeException.of(
          fn, "pool_size", 1, "pool_size > 0", "pool_size == " + poolSize);
    }
    int a = Check.axis(fn, "x", 0, axis, x.ndim());
    int[] s = x.shape();
    if (s[a] % poolSize != 0) {
      throw InvalidTypeException.of(
          fn,
          "x",
          0,
          "x.shape[" + a + "] % pool_size == 0 (pool_size " + poolSize + ")",
          "x.shape[" + a + "] == " + s[a]);
    }
    int[] split = new int[s.length + 1];
    for (int i = 0, j = 0; i < s.length; i++) {
      if (i == a) {
        split[j++] = s[i] / poolSize;
        split[j++] = poolSize;
      } else {
        split[j++] = s[i];
      }
    }
    return F.max(F.reshape(x, split), a + 1);
  }
}
