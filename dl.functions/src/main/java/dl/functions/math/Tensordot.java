package dl.functions.math;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Tensor contraction over pairs of axes (Chainer's {@code tensordot}, NumPy's semantics): an int
 * {@code n} contracts the last {@code n} axes of {@code a} with the first {@code n} of {@code b}
 * (default 2); explicit pairs contract {@code a}'s {@code aAxes[i]} with {@code b}'s {@code
 * bAxes[i]}. The result has {@code a}'s free axes then {@code b}'s. A composite of transpose,
 * reshape and one matrix product.
 *
 * <pre>{@code
 * Variable c = F.tensordot(a, b, 1);                                  // a matrix product
 * Variable d = F.tensordot(a, b, new int[] {1, 0}, new int[] {0, 1});  // explicit pairs
 * }</pre>
 */
public final class Tensordot {
  private Tensordot() {}

  /**
   * Registered as {@code "tensordot"}; inputs {@code a, b}; option {@code axes}: an int (default 2)
   * or a list of two int lists.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "tensordot",
        (o, in) -> {
          Object ax = o.get("axes");
          if (ax == null || ax instanceof Number) {
            return new Variable[] {apply(in[0], in[1], ax == null ? 2 : ((Number) ax).intValue())};
          }
          java.util.List<?> l = (java.util.List<?>) ax;
          int[] aa = dl.functions.internal.Opts.ints(java.util.Map.of("a", l.get(0)), "a");
          int[] bb = dl.functions.internal.Opts.ints(java.util.Map.of("b", l.get(1)), "b");
          return new Variable[] {apply(in[0], in[1], aa, bb)};
        });
  }

  /** Contracts the last {@code n} axes of {@code a} with the first {@code n} of {@code b}. */
  public static Variable apply(Variable a, Variable b, int n) {
    if (n < 0 || n > a.ndim() || n > b.ndim()) {
      throw InvalidTypeException.of(
          "tensordot",
          "axes",
          0,
          "0 <= axes <= min(a.ndim, b.ndim) (" + Math.min(a.ndim(), b.ndim()) + ")",
          "axes == " + n);
    }
    int[] aa = new int[n];
    int[] bb = new int[n];
    for (int i = 0; i < n; i++) {
      aa[i] = a.ndim() - n + i;
      bb[i] = i;
    }
    return apply(a, b, aa, bb);
  }

  /** Contracts {@code a}'s axes {@code aAxes[i]} with {@code b}'s {@code bAxes[i]}. */
  public static Variable apply(Variable a, Variable b, int[] aAxes, int[] bAxes) {
    String fn = "tensordot";
    Check.floating(fn, "a", 0, a.array());
    Check.sameDtype(fn, "a", a.array(), "b", 1, b.array());
    if (aAxes.length != bAxes.length) {
      throw InvalidTypeException.of(
          fn,
          "axes",
          0,
          "as many axes of a as of b",
          Arrays.toString(aAxes) + " and " + Arrays.toString(bAxes));
    }
    int[] as = a.shape();
    int[] bs = b.shape();
    int[] ca = new int[aAxes.length];
    int[] cb = new int[bAxes.length];
    int k = 1;
    for (int i = 0; i < ca.length; i++) {
      ca[i] = Check.axis(fn, "a", 0, aAxes[i], as.length);
      cb[i] = Check.axis(fn, "b", 1, bAxes[i], bs.length);
      if (as[ca[i]] != bs[cb[i]]) {
        throw InvalidTypeException.of(
            fn,
            "b",
            1,
            "b.shape[" + cb[i] + "] == a.shape[" + ca[i] + "] (" + as[ca[i]] + ")",
            "b.shape " + Shapes.str(bs));
      }
      k *= as[ca[i]];
    }
    Check.axes(fn, "a", 0, ca, as.length); // distinct
    Check.axes(fn, "b", 1, cb, bs.length);
    int[] freeA = free(as.length, ca);
    int[] freeB = free(bs.length, cb);
    int m = 1;
    int[] outShape = new int[freeA.length + freeB.length];
    for (int i = 0; i < freeA.length; i++) {
      outShape[i] = as[freeA[i]];
      m *= outShape[i];
    }
    int n = 1;
    for (int i = 0; i < freeB.length; i++) {
      outShape[freeA.length + i] = bs[freeB[i]];
      n *= outShape[freeA.length + i];
    }
    Variable a2 = F.reshape(F.transpose(a, concat(freeA, ca)), m, k);
    Variable b2 = F.reshape(F.transpose(b, concat(cb, freeB)), k, n);
    return F.reshape(F.matmul(a2, b2), outShape);
  }

  private static int[] free(int ndim, int[] contracted) {
    int[] out = new int[ndim - contracted.length];
    int j = 0;
    for (int i = 0; i < ndim; i++) {
      final int ax = i;
      if (Arrays.stream(contracted).noneMatch(c -> c == ax)) {
        out[j++] = i;
      }
    }
    return out;
  }

  private static int[] concat(int[] x, int[] y) {
    int[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }
}
