package dl.functions.array;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Permutes the slices along an axis (Chainer's {@code permutate}): {@code y[i] = x[indices[i]]}, or
 * with {@code inv} {@code y[indices[i]] = x[i]}. {@code indices} is an int32 permutation of the
 * axis; the gradient is the inverse permutation.
 *
 * <pre>{@code
 * Variable y = Permutate.apply(x, NdArrays.of(new int[] {2, 0, 1}, 3), 0, false);
 * }</pre>
 */
public final class Permutate {
  private Permutate() {}

  /**
   * Registered as {@code "permutate"}; inputs x and indices (int32); options {@code axis} (int, 0)
   * and {@code inv} (boolean, false).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "permutate",
        (o, in) ->
            new Variable[] {
              apply(in[0], in[1].array(), Opts.integer(o, "axis", 0), Opts.bool(o, "inv", false))
            });
  }

  public static Variable apply(Variable x, NdArray indices, int axis, boolean inv) {
    int a = Check.axis("permutate", "x", 0, axis, x.ndim());
    if (indices.dtype() != DType.INT32 || indices.ndim() != 1) {
      throw InvalidTypeException.of(
          "permutate",
          "indices",
          1,
          "indices 1-d int32",
          "indices.dtype == " + indices.dtype() + ", ndim " + indices.ndim());
    }
    int n = x.shape()[a];
    int[] p = indices.toIntArray();
    boolean[] seen = new boolean[n];
    boolean ok = p.length == n;
    for (int i = 0; ok && i < p.length; i++) {
      ok = p[i] >= 0 && p[i] < n && !seen[p[i]];
      if (ok) {
        seen[p[i]] = true;
      }
    }
    if (!ok) {
      throw InvalidTypeException.of(
          "permutate",
          "indices",
          1,
          "a permutation of 0.." + (n - 1) + " (x.shape[" + a + "] == " + n + ")",
          "indices == " + Arrays.toString(p));
    }
    if (inv) {
      int[] q = new int[n];
      for (int i = 0; i < n; i++) {
        q[p[i]] = i;
      }
      p = q;
    }
    return new Take(x.array().backend().fromArray(p, n), a).applyOne(x);
  }
}
