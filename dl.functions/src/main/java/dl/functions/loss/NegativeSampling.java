package dl.functions.loss;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.array.Take;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.function.Function;

/**
 * Negative sampling loss (Chainer's {@code negative_sampling}, Mikolov et al. 2013): for each row i
 * with int32 target {@code t[i]} (-1 ignored), {@code softplus(-W[t_i]·x_i) + Σ_j softplus(W[s_ij]
 * ·x_i)} over {@code sampleSize} negatives {@code s = sampler((N, sampleSize))} (an int32 array of
 * word ids). {@code reduce "sum"} (default) sums the rows, {@code "no"} keeps them (0 when
 * ignored). A composite of a gather ({@link Take}), products and a stable softplus, so it
 * differentiates twice in x and W.
 *
 * <pre>{@code
 * Variable loss = NegativeSampling.apply(x, t, w, shape -> ids(shape), 5, "sum");
 * }</pre>
 */
public final class NegativeSampling {
  private NegativeSampling() {}

  /**
   * Registered as {@code "negative_sampling"}; inputs x, t, W; options {@code sampler} (a {@code
   * Function<int[], NdArray>}, required), {@code sample_size} (int, required), {@code reduce}.
   */
  @SuppressWarnings("unchecked")
  public static FunctionProvider provider() {
    return Opts.provider(
        "negative_sampling",
        (o, in) ->
            new Variable[] {
              apply(
                  in[0],
                  in[1],
                  in[2],
                  (Function<int[], NdArray>) o.get("sampler"),
                  Opts.integer(o, "sample_size", 0),
                  Opts.string(o, "reduce", "sum"))
            });
  }

  public static Variable apply(
      Variable x,
      Variable t,
      Variable w,
      Function<int[], NdArray> sampler,
      int sampleSize,
      String reduce) {
    String fn = "negative_sampling";
    LossOps.reduce(fn, reduce, "sum", "no");
    if (sampler == null || sampleSize <= 0) {
      throw new IllegalArgumentException(
          fn + ": needs a sampler and sample_size > 0, got sample_size " + sampleSize);
    }
    Check.floating(fn, "x", 0, x.array());
    Check.ndim(fn, "x", 0, x.array(), 2);
    Check.dtype(fn, "t", 1, t.array(), DType.INT32);
    Check.ndim(fn, "W", 2, w.array(), 2);
    Check.sameDtype(fn, "x", x.array(), "W", 2, w.array());
    int n = x.shape()[0];
    int d = x.shape()[1];
    int v = w.shape()[0];
    if (t.ndim() != 1 || t.shape()[0] != n || w.shape()[1] != d) {
      throw InvalidTypeException.of(
          fn,
          "W",
          2,
          "t.shape == (" + n + ",) and W.shape[1] == x.shape[1] (" + d + ")",
          "t.shape == " + Shapes.str(t.shape()) + ", W.shape == " + Shapes.str(w.shape()));
    }
    NdArray s = sampler.apply(new int[] {n, sampleSize});
    if (s.dtype() != DType.INT32
        || !java.util.Arrays.equals(s.shape(), new int[] {n, sampleSize})) {
      throw new IllegalArgumentException(
          fn + ": the sampler must return int32 of shape (" + n + ", " + sampleSize + ")");
    }
    int[] labels = t.array().toIntArray();
    int[] neg = s.toIntArray();
    int k = sampleSize + 1;
    int[] idx = new int[n * k];
    double[] sign = new double[n * k];
    double[] keep = new double[n];
    for (int i = 0; i < n; i++) {
      if (labels[i] != -1 && (labels[i] < 0 || labels[i] >= v)) {
        throw new IllegalArgumentException(
            fn
                + ": label "
                + labels[i]
                + " at "
                + i
                + " is out of range: expected 0 <= t < "
                + v
                + " or -1");
      }
      keep[i] = labels[i] == -1 ? 0 : 1;
      idx[i * k] = Math.max(0, labels[i]);
      sign[i * k] = -1; // the positive sample's score is negated
      for (int j = 1; j < k; j++) {
        int id = neg[i * sampleSize + j - 1];
        if (id < 0 || id >= v) {
          throw new IllegalArgumentException(
              fn + ": sampled id " + id + " is out of range: expected 0 <= id < " + v);
        }
        idx[i * k + j] = id;
        sign[i * k + j] = 1;
      }
    }
    var b = x.array().backend();
    Variable rows = new Take(b.fromArray(idx, n, k), 0).applyOne(w); // (n, k, d)
    Variable f = F.sum(F.mul(rows, F.broadcastTo(F.reshape(x, n, 1, d), n, k, d)), 2);
    Variable signed = F.mul(f, Variable.constant(b.fromArray(sign, n, k).astype(x.dtype())));
    Variable per = F.sum(LossOps.softplus(signed), 1);
    per = F.mul(per, Variable.constant(b.fromArray(keep, n).astype(x.dtype())));
    return "sum".equals(reduce) ? F.sum(per) : per;
  }
}
