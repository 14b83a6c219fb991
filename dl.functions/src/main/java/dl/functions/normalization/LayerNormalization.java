package dl.functions.normalization;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Layer normalization (Ba, Kiros and Hinton, 2016; Chainer's {@code layer_normalization}): each row
 * of a 2-d {@code x (N, D)} standardised over its D units, then {@code γ·x̂ + β} with {@code γ, β
 * (D)}; eps 1e-5.
 *
 * <pre>{@code
 * Variable y = F.layerNormalization(x, gamma, beta);
 * }</pre>
 */
public final class LayerNormalization extends FunctionNode {
  private static final int[] AXES = {1};
  private final double eps;

  public LayerNormalization(double eps) {
    this.eps = eps;
  }

  /**
   * Registered as {@code "layer_normalization"}: inputs {@code x, gamma, beta}; option {@code eps}
   * (1e-5).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "layer_normalization",
        (o, in) -> new Variable[] {new LayerNormalization(Opts.real(o, "eps", 1e-5)).applyOne(in)});
  }

  @Override
  public String label() {
    return "layer_normalization";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    if (in.length != 3) {
      throw new dl.api.InvalidTypeException(
          fn + ": expects inputs x, gamma, beta, got " + in.length);
    }
    Check.floating(fn, "x", 0, in[0]);
    Check.ndim(fn, "x", 0, in[0], 2);
    BnAxes.checkParam(fn, "gamma", 1, in[0], in[1], new int[] {0});
    BnAxes.checkParam(fn, "beta", 2, in[0], in[2], new int[] {0});
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    return new NdArray[] {Standardize.xhat(in[0], AXES, eps).mul(in[1]).add(in[2])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xg = retainedInputs();
    Variable[] out = new Variable[3];
    for (int t : targets) {
      if (t == 0) {
        out[0] = Standardize.grad(xg[0], F.mul(gy[0], xg[1]), AXES, eps);
      } else if (t == 1) {
        out[1] = F.sum(F.mul(gy[0], Standardize.xhat(xg[0], AXES, eps)[0]), 0);
      } else {
        out[2] = F.sum(gy[0], 0);
      }
    }
    return out;
  }
}
