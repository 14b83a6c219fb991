package dl.functions.loss;

import dl.api.DType;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * One-vs-all hinge loss (Chainer's {@code hinge}): for x of shape (N, K) and int32 labels t, {@code
 * max(0, 1 - s·x)} with {@code s = +1} at the label and -1 elsewhere, squared for {@code norm
 * "L2"}; {@code reduce "mean"} sums and divides by N, {@code "no"} keeps the elements. A composite
 * (relu with constant signs), so it differentiates twice.
 *
 * <pre>{@code
 * Variable loss = Hinge.apply(x, t, "L1", "mean");   // or F.hinge(x, t)
 * }</pre>
 */
public final class Hinge {
  private Hinge() {}

  /** Registered as {@code "hinge"}; options {@code norm} ("L1"), {@code reduce} ("mean"). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "hinge",
        (o, in) ->
            new Variable[] {
              apply(in[0], in[1], Opts.string(o, "norm", "L1"), Opts.string(o, "reduce", "mean"))
            });
  }

  public static Variable apply(Variable x, Variable t, String norm, String reduce) {
    String fn = "hinge";
    LossOps.reduce(fn, reduce, "mean", "no");
    if (!"L1".equals(norm) && !"L2".equals(norm)) {
      throw new IllegalArgumentException(fn + ": norm must be L1 or L2, got \"" + norm + "\"");
    }
    Check.floating(fn, "x", 0, x.array());
    Check.ndim(fn, "x", 0, x.array(), 2);
    Check.dtype(fn, "t", 1, t.array(), DType.INT32);
    Check.ndim(fn, "t", 1, t.array(), 1);
    int n = x.shape()[0];
    int k = x.shape()[1];
    if (t.shape()[0] != n) {
      throw dl.api.InvalidTypeException.of(
          fn, "t", 1, "t.shape[0] == x.shape[0] (" + n + ")", "t.shape[0] == " + t.shape()[0]);
    }
    int[] labels = t.array().toIntArray();
    double[] sign = new double[n * k];
    java.util.Arrays.fill(sign, -1);
    for (int i = 0; i < n; i++) {
      if (labels[i] < 0 || labels[i] >= k) {
        throw new IllegalArgumentException(
            fn + ": label " + labels[i] + " at " + i + " is out of range: expected 0 <= t < " + k);
      }
      sign[i * k + labels[i]] = 1;
    }
    Variable s = Variable.constant(x.array().backend().fromArray(sign, n, k).astype(x.dtype()));
    Variable h = F.relu(F.rsub(1.0, F.mul(x, s)));
    Variable l = "L2".equals(norm) ? F.square(h) : h;
    return "mean".equals(reduce) ? F.div(F.sum(l), n) : l;
  }
}
