package dl.functions.normalization;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Batch renormalization (Ioffe, 2017; Chainer's {@code batch_renormalization}): {@code y = γ·(x̂·r
 * + d) + β} with batch statistics {@code x̂ = (x − μ)/σ}, {@code σ = √(σ²_B + eps)} and the
 * corrections {@code r = clip(σ/σ_run, 1/rmax, rmax)}, {@code d = clip((μ − μ_run)/σ_run, −dmax,
 * dmax)} held constant in backward. The running arrays are required; with {@code updateStatistics}
 * they are updated in place as in batch normalization (decay 0.9, unbiased variance). Reduced over
 * {@code axis}, by default as batch normalization (axis 0 and those after gamma's); eps 2e-5.
 *
 * <pre>{@code
 * Variable y = F.batchRenormalization(x, gamma, beta, 3, 5, avgMean, avgVar, true);
 * }</pre>
 */
public final class BatchRenormalization extends FunctionNode {
  private final double rmax;
  private final double dmax;
  private final double eps;
  private final NdArray runningMean;
  private final NdArray runningVar;
  private final double decay;
  private final boolean updateStatistics;
  private final int[] axis;
  private int[] axes;
  private NdArray r;
  private NdArray d;

  /** With the default axes (see {@link BatchNormalization}). */
  public BatchRenormalization(
      double rmax,
      double dmax,
      double eps,
      NdArray runningMean,
      NdArray runningVar,
      double decay,
      boolean updateStatistics) {
    this(rmax, dmax, eps, runningMean, runningVar, decay, updateStatistics, null);
  }

  /** {@code axis} null means the default axes. */
  public BatchRenormalization(
      double rmax,
      double dmax,
      double eps,
      NdArray runningMean,
      NdArray runningVar,
      double decay,
      boolean updateStatistics,
      int[] axis) {
    this.axis = axis == null ? null : axis.clone();
    this.rmax = rmax;
    this.dmax = dmax;
    this.eps = eps;
    this.runningMean = runningMean;
    this.runningVar = runningVar;
    this.decay = decay;
    this.updateStatistics = updateStatistics;
  }

  /**
   * Registered as {@code "batch_renormalization"}: inputs {@code x, gamma, beta}; options {@code
   * rmax}, {@code dmax} (required), {@code eps} (2e-5), {@code running_mean}, {@code running_var}
   * (NdArray, required), {@code decay} (0.9), {@code update_statistics} (false), {@code axis}
   * (default axes).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "batch_renormalization",
        (o, in) ->
            new Variable[] {
              new BatchRenormalization(
                      Opts.real(o, "rmax", 1),
                      Opts.real(o, "dmax", 0),
                      Opts.real(o, "eps", 2e-5),
                      Opts.array(o, "running_mean"),
                      Opts.array(o, "running_var"),
                      Opts.real(o, "decay", 0.9),
                      Opts.bool(o, "update_statistics", false),
                      Opts.ints(o, "axis"))
                  .applyOne(in)
            });
  }

  @Override
  public String label() {
    return "batch_renormalization";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    if (in.length != 3 || runningMean == null || runningVar == null) {
      throw new InvalidTypeException(
          fn + ": expects inputs x, gamma, beta and running mean and variance arrays");
    }
    Check.floating(fn, "x", 0, in[0]);
    Check.minNdim(fn, "x", 0, in[0], 2);
    int[] ax = BnAxes.of(fn, axis, in[0].ndim(), in[1].ndim());
    BnAxes.checkParam(fn, "gamma", 1, in[0], in[1], ax);
    BnAxes.checkParam(fn, "beta", 2, in[0], in[2], ax);
    BnAxes.checkParam(fn, "running_mean", 3, in[0], runningMean, ax);
    BnAxes.checkParam(fn, "running_var", 4, in[0], runningVar, ax);
  }

  private static NdArray clip(NdArray a, double lo, double hi) {
    var b = a.backend();
    NdArray up = b.binaryScalar(BinaryOp.MAXIMUM, a, lo, false);
    return b.binaryScalar(BinaryOp.MINIMUM, up, hi, false);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    NdArray x = in[0];
    int[] xs = x.shape();
    axes = BnAxes.of(label(), axis, xs.length, in[1].ndim());
    int[] k = BnAxes.keptShape(xs, axes);
    int m = BnAxes.count(xs, axes);
    NdArray mean = x.sum(axes, true).div(m);
    NdArray xc = x.sub(mean);
    NdArray var = xc.mul(xc).sum(axes, true).div(m);
    NdArray std = var.add(eps).pow(0.5);
    NdArray runStd = runningVar.reshape(k).add(eps).pow(0.5);
    r = clip(std.div(runStd), 1 / rmax, rmax);
    d = clip(mean.sub(runningMean.reshape(k)).div(runStd), -dmax, dmax);
    NdArray y = xc.div(std).mul(r).add(d).mul(in[1].reshape(k)).add(in[2].reshape(k));
    if (updateStatistics) {
      var b = x.backend();
      double adjust = m / Math.max(m - 1.0, 1.0);
      b.copyInto(
          runningMean,
          runningMean.mul(decay).add(mean.reshape(runningMean.shape()).mul(1 - decay)));
      NdArray v = var.reshape(runningVar.shape()).mul((1 - decay) * adjust);
      b.copyInto(runningVar, runningVar.mul(decay).add(v));
    }
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xg = retainedInputs();
    int[] k = BnAxes.keptShape(xg[0].shape(), axes);
    Variable rv = new Variable(r, null, false);
    Variable dv = new Variable(d, null, false);
    Variable[] out = new Variable[3];
    for (int t : targets) {
      if (t == 0) {
        Variable g = F.mul(gy[0], F.mul(F.reshape(xg[1], k), rv));
        out[0] = Standardize.grad(xg[0], g, axes, eps);
      } else if (t == 1) {
        Variable xhat = Standardize.xhat(xg[0], axes, eps)[0];
        out[1] = F.sum(F.mul(gy[0], F.add(F.mul(xhat, rv), dv)), axes, false);
      } else {
        out[2] = F.sum(gy[0], axes, false);
      }
    }
    return out;
  }
}
