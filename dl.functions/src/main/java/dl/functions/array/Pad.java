package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Pads an array (Chainer's {@code pad}, NumPy's modes {@code "constant"}, {@code "edge"}, {@code
 * "reflect"}, {@code "symmetric"}; symmetric repeats the edge, reflect does not). {@code padWidth}
 * is one width for all sides, a (before, after) pair for every axis, or {@code 2·ndim} values
 * {@code b0, a0, b1, a1, ...}. Built from slices and concatenation, so the gradient of copied
 * border cells is accumulated into their sources. This is the true derivative and differs from
 * Chainer 7.8.1, whose backward only slices the gradient of the original cells and so drops the
 * border copies' share in edge, reflect and symmetric modes (identical in constant mode). Reflect
 * widths beyond the axis length repeat the reflection as NumPy does.
 *
 * <pre>{@code
 * Variable y = Pad.apply(x, new int[] {1}, "reflect", 0);   // or F.pad(x, 1, "constant")
 * }</pre>
 */
public final class Pad {
  private Pad() {}

  /**
   * Registered as {@code "pad"}; options {@code pad_width} (int or int list), {@code mode}
   * ("constant"), {@code constant_values} (0).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "pad",
        (o, in) ->
            new Variable[] {
              apply(
                  in[0],
                  Opts.ints(o, "pad_width"),
                  Opts.string(o, "mode", "constant"),
                  Opts.real(o, "constant_values", 0))
            });
  }

  public static Variable apply(Variable x, int[] padWidth, String mode, double constant) {
    int nd = x.ndim();
    int[] s = x.shape();
    if (!"constant".equals(mode)
        && !"edge".equals(mode)
        && !"reflect".equals(mode)
        && !"symmetric".equals(mode)) {
      throw new IllegalArgumentException(
          "pad: mode must be constant, edge, reflect or symmetric, got \"" + mode + "\"");
    }
    boolean ok = padWidth.length == 1 || padWidth.length == 2 || padWidth.length == 2 * nd;
    int[] w = new int[2 * nd];
    for (int i = 0; ok && i < 2 * nd; i++) {
      w[i] =
          padWidth.length == 1 ? padWidth[0] : padWidth.length == 2 ? padWidth[i % 2] : padWidth[i];
      ok = w[i] >= 0;
      ok &= "constant".equals(mode) || w[i] == 0 || s[i / 2] > 0;
    }
    if (!ok) {
      throw InvalidTypeException.of(
          "pad",
          "x",
          0,
          "pad_width of 1, 2 or 2*ndim widths >= 0"
              + ("constant".equals(mode) ? "" : ", padded axes non-empty"),
          "pad_width == " + Arrays.toString(padWidth) + " for x.shape == " + Shapes.str(s));
    }
    Variable y = x;
    for (int a = 0; a < nd; a++) {
      int before = w[2 * a];
      int after = w[2 * a + 1];
      if ("symmetric".equals(mode)) {
        y = symmetric(y, a, before, after);
        continue;
      }
      // Wide reflections go in rounds of at most n - 1, as NumPy (period 2(n - 1)); n == 1 is edge.
      while (before > 0 || after > 0) {
        int n = y.shape()[a];
        boolean chunked = "reflect".equals(mode) && n > 1;
        String m = "reflect".equals(mode) && n == 1 ? "edge" : mode;
        int b = chunked ? Math.min(before, n - 1) : before;
        int f = chunked ? Math.min(after, n - 1) : after;
        Variable lo = b == 0 ? null : border(y, a, n, b, true, m, constant);
        Variable hi = f == 0 ? null : border(y, a, n, f, false, m, constant);
        Variable[] parts =
            lo == null
                ? new Variable[] {y, hi}
                : hi == null ? new Variable[] {lo, y} : new Variable[] {lo, y, hi};
        y = F.concat(parts, a);
        before -= b;
        after -= f;
      }
    }
    return y;
  }

  private static Variable border(
      Variable y, int a, int n, int width, boolean low, String mode, double constant) {
    int[] bs = y.shape().clone();
    bs[a] = width;
    if ("constant".equals(mode)) {
      return Variable.constant(y.array().backend().full(bs, constant, y.dtype()));
    }
    Index[] idx = new Index[a + 1];
    Arrays.fill(idx, Index.all());
    if ("edge".equals(mode)) {
      idx[a] = low ? Index.slice(0, 1) : Index.slice(n - 1, n);
      return F.broadcastTo(F.getItem(y, idx), bs);
    }
    // reflect: x[width:0:-1] before, x[n-2:n-2-width:-1] after (the edge itself is not repeated).
    idx[a] =
        low
            ? Index.slice(width, 0, -1)
            : Index.slice(n - 2, n - 2 - width == -1 ? null : n - 2 - width, -1);
    return F.getItem(y, idx);
  }

  /**
   * Symmetric padding of axis {@code a} as one gather: position {@code j} of the result reads
   * {@code x[m]} with {@code m = j - before} folded into {@code [0, n)} with period {@code 2n}
   * (NumPy's symmetric extension, the edge repeated), so the gradient sums into every source.
   */
  private static Variable symmetric(Variable y, int a, int before, int after) {
    if (before == 0 && after == 0) {
      return y;
    }
    int n = y.shape()[a];
    int[] src = new int[before + n + after];
    for (int j = 0; j < src.length; j++) {
      int m = Math.floorMod(j - before, 2 * n);
      src[j] = m < n ? m : 2 * n - 1 - m;
    }
    Index[] idx = new Index[a + 1];
    Arrays.fill(idx, Index.all());
    idx[a] = Index.array(src);
    return F.getItem(y, idx);
  }
}
