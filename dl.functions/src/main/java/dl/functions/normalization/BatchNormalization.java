package dl.functions.normalization;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Batch normalization with batch statistics (Ioffe and Szegedy, 2015; Chainer's {@code
 * batch_normalization}): {@code y = γ·(x − μ)/√(σ² + eps) + β} with mean and biased variance over
 * {@code axis} (default axis 0 and the axes after gamma's: {@code (0, 2, 3)} for gamma (C) on x (N,
 * C, H, W)), eps 2e-5. Given running arrays, updates them in place with {@code decay} (0.9): {@code
 * mean = decay·mean + (1−decay)·μ}, {@code var = decay·var + (1−decay)·m/(m−1)·σ²}. Backward is
 * written with functions of {@code x} and {@code γ}, so it is twice differentiable.
 *
 * <pre>{@code
 * Variable y = F.batchNormalization(x, gamma, beta);   // x (N, C, H, W), gamma and beta (C)
 * }</pre>
 */
public final class BatchNormalization extends FunctionNode {
  private final double eps;
  private final int[] axis;
  private final NdArray runningMean;
  private final NdArray runningVar;
  private final double decay;
  private int[] axes;

  /** Running arrays may be null (no update). */
  public BatchNormalization(
      double eps, int[] axis, NdArray runningMean, NdArray runningVar, double decay) {
    this.eps = eps;
    this.axis = axis == null ? null : axis.clone();
    this.runningMean = runningMean;
    this.runningVar = runningVar;
    this.decay = decay;
  }

  /**
   * Registered as {@code "batch_normalization"}: inputs {@code x, gamma, beta}; options {@code eps}
   * (2e-5), {@code running_mean}, {@code running_var} (NdArrays or Variables updated in place as in
   * Chainer; absent: no update), {@code decay} (0.9), {@code axis} (0 and those after gamma's).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "batch_normalization",
        (o, in) ->
            new Variable[] {
              new BatchNormalization(
                      Opts.real(o, "eps", 2e-5),
                      Opts.ints(o, "axis"),
                      Opts.array(o, "running_mean"),
                      Opts.array(o, "running_var"),
                      Opts.real(o, "decay", 0.9))
                  .applyOne(in)
            });
  }

  @Override
  public String label() {
    return "batch_normalization";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    if (in.length != 3) {
      throw new dl.api.InvalidTypeException(
          fn + ": expects inputs x, gamma, beta, got " + in.length);
    }
    Check.floating(fn, "x", 0, in[0]);
    int[] ax = BnAxes.of(fn, axis, in[0].ndim(), in[1].ndim());
    BnAxes.checkParam(fn, "gamma", 1, in[0], in[1], ax);
    BnAxes.checkParam(fn, "beta", 2, in[0], in[2], ax);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    NdArray x = in[0];
    int[] xs = x.shape();
    axes = BnAxes.of(label(), axis, xs.length, in[1].ndim());
    int[] kept = BnAxes.keptShape(xs, axes);
    int m = BnAxes.count(xs, axes);
    NdArray mean = x.sum(axes, true).div(m);
    NdArray xc = x.sub(mean);
    NdArray var = xc.mul(xc).sum(axes, true).div(m);
    NdArray y = xc.mul(var.add(eps).pow(-0.5)).mul(in[1].reshape(kept)).add(in[2].reshape(kept));
    var b = x.backend();
    if (runningMean != null) {
      b.copyInto(
          runningMean,
          runningMean.mul(decay).add(mean.reshape(runningMean.shape()).mul(1 - decay)));
    }
    if (runningVar != null) {
      double adjust = m / Math.max(m - 1.0, 1.0);
      NdArray v = var.reshape(runningVar.shape()).mul((1 - decay) * adjust);
      b.copyInto(runningVar, runningVar.mul(decay).add(v));
    }
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xg = retainedInputs();
    Variable x = xg[0];
    int[] kept = BnAxes.keptShape(x.shape(), axes);
    Variable g = gy[0];
    Variable xc = F.sub(x, F.mean(x, axes, true));
    Variable invstd = F.pow(F.add(F.mean(F.square(xc), axes, true), eps), -0.5);
    Variable xhat = F.mul(xc, invstd);
    Variable[] out = new Variable[3];
    for (int t : targets) {
      if (t == 0) {
        Variable gmean = F.mean(g, axes, true);
        Variable proj = F.mul(xhat, F.mean(F.mul(g, xhat), axes, true));
        Variable scale = F.mul(F.reshape(xg[1], kept), invstd);
        out[0] = F.mul(scale, F.sub(F.sub(g, gmean), proj));
      } else if (t == 1) {
        out[1] = F.sum(F.mul(g, xhat), axes, false);
      } else {
        out[2] = F.sum(g, axes, false);
      }
    }
    return out;
  }
}
