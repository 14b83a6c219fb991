package dl.functions.normalization;

import dl.api.Backend;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.array.Index;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Local response normalization across channels (Krizhevsky et al., 2012; Chainer's {@code
 * local_response_normalization}): {@code y = x·(k + α·Σ_{|c'−c| ≤ n/2} x_{c'}²)^{−β}}, defaults n
 * 5, k 2, α 1e-4, β 0.75 (α used as given, not divided by n). Backward: {@code gy·s^{−β} −
 * 2αβ·x·Σ_window(gy·y/s)}, written with functions.
 *
 * <pre>{@code
 * Variable y = F.localResponseNormalization(x);
 * }</pre>
 */
public final class LocalResponseNormalization extends FunctionNode {
  private final int n;
  private final double k;
  private final double alpha;
  private final double beta;

  public LocalResponseNormalization(int n, double k, double alpha, double beta) {
    this.n = n;
    this.k = k;
    this.alpha = alpha;
    this.beta = beta;
  }

  /**
   * Registered as {@code "local_response_normalization"}: input {@code x}; options {@code n} (5),
   * {@code k} (2), {@code alpha} (1e-4), {@code beta} (0.75).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "local_response_normalization",
        (o, in) ->
            new Variable[] {
              new LocalResponseNormalization(
                      Opts.integer(o, "n", 5),
                      Opts.real(o, "k", 2),
                      Opts.real(o, "alpha", 1e-4),
                      Opts.real(o, "beta", 0.75))
                  .applyOne(in)
            });
  }

  @Override
  public String label() {
    return "local_response_normalization";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.minNdim(label(), "x", 0, in[0], 2);
  }

  /** Σ over channels {@code c − n/2 .. c + n/2} (zero beyond the ends), for arrays. */
  private NdArray window(NdArray v) {
    Backend b = v.backend();
    int[] s = v.shape();
    int half = n / 2;
    int[] ps = s.clone();
    ps[1] = half;
    NdArray z = b.zeros(ps, v.dtype());
    NdArray padded = half == 0 ? v : b.concat(new NdArray[] {z, v, z}, 1);
    NdArray acc = null;
    int[] step = new int[s.length];
    Arrays.fill(step, 1);
    for (int i = 0; i <= 2 * half; i++) {
      int[] start = new int[s.length];
      int[] stop = s.clone();
      start[1] = i;
      stop[1] = i + s[1];
      NdArray part = b.slice(padded, start, stop, step);
      acc = acc == null ? part : acc.add(part);
    }
    return acc;
  }

  /** The same window sum written with functions. */
  private Variable window(Variable v) {
    int[] s = v.shape();
    int half = n / 2;
    int[] ps = s.clone();
    ps[1] = half;
    Variable z = new Variable(v.array().backend().zeros(ps, v.dtype()), null, false);
    Variable padded = half == 0 ? v : F.concat(new Variable[] {z, v, z}, 1);
    Variable acc = null;
    for (int i = 0; i <= 2 * half; i++) {
      Variable part = F.getItem(padded, Index.all(), Index.slice(i, i + s[1]));
      acc = acc == null ? part : F.add(acc, part);
    }
    return acc;
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    NdArray x = in[0];
    return new NdArray[] {x.mul(window(x.mul(x)).mul(alpha).add(k).pow(-beta))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    Variable unit = F.add(F.mul(window(F.square(x)), alpha), k);
    Variable scale = F.pow(unit, -beta);
    Variable y = F.mul(x, scale);
    Variable summand = F.div(F.mul(y, gy[0]), unit);
    Variable corr = F.mul(F.mul(x, window(summand)), 2 * alpha * beta);
    return new Variable[] {F.sub(F.mul(gy[0], scale), corr)};
  }
}
