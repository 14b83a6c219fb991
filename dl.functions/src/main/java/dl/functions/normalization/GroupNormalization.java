package dl.functions.normalization;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Group normalization (Wu and He, 2018; Chainer's {@code group_normalization}): the channels of
 * {@code x (N, C, ...)} split into {@code groups}, each (sample, group) standardised over its
 * channels and positions, then {@code γ·x̂ + β} per channel; eps 1e-5.
 *
 * <pre>{@code
 * Variable y = F.groupNormalization(x, 2, gamma, beta);
 * }</pre>
 */
public final class GroupNormalization extends FunctionNode {
  private static final int[] AXES = {2};
  private final int groups;
  private final double eps;

  public GroupNormalization(int groups, double eps) {
    this.groups = groups;
    this.eps = eps;
  }

  /**
   * Registered as {@code "group_normalization"}: inputs {@code x, gamma, beta}; options {@code
   * groups} (required), {@code eps} (1e-5).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "group_normalization",
        (o, in) ->
            new Variable[] {
              new GroupNormalization(Opts.integer(o, "groups", 1), Opts.real(o, "eps", 1e-5))
                  .applyOne(in)
            });
  }

  @Override
  public String label() {
    return "group_normalization";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    if (in.length != 3) {
      throw new InvalidTypeException(fn + ": expects inputs x, gamma, beta, got " + in.length);
    }
    Check.floating(fn, "x", 0, in[0]);
    Check.minNdim(fn, "x", 0, in[0], 2);
    int c = in[0].shape()[1];
    if (groups <= 0 || c % groups != 0) {
      throw InvalidTypeException.of(
          fn, "x", 0, "x.shape[1] divisible by groups (" + groups + ")", "x.shape[1] == " + c);
    }
    for (int i = 1; i < 3; i++) {
      Check.sameDtype(fn, "x", in[0], i == 1 ? "gamma" : "beta", i, in[i]);
      Check.ndim(fn, i == 1 ? "gamma" : "beta", i, in[i], 1);
      if (in[i].shape()[0] != c) {
        throw InvalidTypeException.of(
            fn,
            i == 1 ? "gamma" : "beta",
            i,
            "shape (" + c + ",)",
            "shape (" + in[i].shape()[0] + ",)");
      }
    }
  }

  private int[] grouped(int[] xs) {
    return new int[] {xs[0], groups, -1};
  }

  private static int[] channelShape(int[] xs) {
    int[] k = new int[xs.length];
    java.util.Arrays.fill(k, 1);
    k[1] = xs[1];
    return k;
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    int[] xs = in[0].shape();
    int[] gs = grouped(xs);
    gs[2] = in[0].size() / (xs[0] * groups);
    NdArray xhat = Standardize.xhat(in[0].reshape(gs), AXES, eps).reshape(xs);
    int[] k = channelShape(xs);
    return new NdArray[] {xhat.mul(in[1].reshape(k)).add(in[2].reshape(k))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xg = retainedInputs();
    int[] xs = xg[0].shape();
    int[] gs = grouped(xs);
    gs[2] = xg[0].size() / (xs[0] * groups);
    int[] k = channelShape(xs);
    int[] notC = new int[xs.length - 1];
    for (int i = 0; i < notC.length; i++) {
      notC[i] = i == 0 ? 0 : i + 1;
    }
    Variable xr = F.reshape(xg[0], gs);
    Variable[] out = new Variable[3];
    for (int t : targets) {
      if (t == 0) {
        Variable g = F.reshape(F.mul(gy[0], F.reshape(xg[1], k)), gs);
        out[0] = F.reshape(Standardize.grad(xr, g, AXES, eps), xs);
      } else if (t == 1) {
        Variable xhat = F.reshape(Standardize.xhat(xr, AXES, eps)[0], xs);
        out[1] = F.sum(F.mul(gy[0], xhat), notC, false);
      } else {
        out[2] = F.sum(gy[0], notC, false);
      }
    }
    return out;
  }
}
