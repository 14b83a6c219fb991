package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Repeats each element along an axis (Chainer's {@code repeat}, NumPy's rules): {@code repeats} is
 * one count for all elements or one per element; with no axis the input is flattened first. A
 * gather ({@link Take}), so the gradient sums the copies.
 *
 * <pre>{@code
 * Variable y = Repeat.apply(x, new int[] {2}, 0);   // [a, b] -> [a, a, b, b], or F.repeat(x, 2, 0)
 * }</pre>
 */
public final class Repeat {
  private Repeat() {}

  /**
   * Registered as {@code "repeat"}; options {@code repeats} (int or int list, required) and {@code
   * axis} (int, default none: flattened).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "repeat",
        (o, in) ->
            new Variable[] {apply(in[0], Opts.ints(o, "repeats"), Opts.optInteger(o, "axis"))});
  }

  /** {@code axis} null flattens first. */
  public static Variable apply(Variable x, int[] repeats, Integer axis) {
    Variable v = axis == null ? F.flatten(x) : x;
    int a = Check.axis("repeat", "x", 0, axis == null ? 0 : axis, v.ndim());
    int n = v.shape()[a];
    boolean ok = repeats.length == 1 || repeats.length == n;
    for (int r : repeats) {
      ok &= r >= 0;
    }
    if (!ok) {
      throw InvalidTypeException.of(
          "repeat",
          "x",
          0,
          "repeats >= 0, one count or x.shape[axis] (" + n + ") counts",
          "repeats == " + Arrays.toString(repeats));
    }
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += repeats[repeats.length == 1 ? 0 : i];
    }
    int[] idx = new int[total];
    for (int i = 0, k = 0; i < n; i++) {
      for (int j = 0; j < repeats[repeats.length == 1 ? 0 : i]; j++) {
        idx[k++] = i;
      }
    }
    return new Take(v.array().backend().fromArray(idx, total), a).applyOne(v);
  }
}
