package dl.functions.normalization;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Batch normalization with given statistics (Chainer's {@code fixed_batch_normalization}, used at
 * test time): {@code y = γ·(x − mean)/√(var + eps) + β}, differentiable in all five inputs.
 *
 * <pre>{@code
 * Variable y = F.fixedBatchNormalization(x, gamma, beta, mean, var);
 * }</pre>
 */
public final class FixedBatchNormalization extends FunctionNode {
  private final double eps;
  private final int[] axis;
  private int[] axes;

  public FixedBatchNormalization(double eps, int[] axis) {
    this.eps = eps;
    this.axis = axis == null ? null : axis.clone();
  }

  /**
   * Registered as {@code "fixed_batch_normalization"}: inputs {@code x, gamma, beta, mean, var};
   * options {@code eps} (2e-5), {@code axis} (0 and those after gamma's).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "fixed_batch_normalization",
        (o, in) ->
            new Variable[] {
              new FixedBatchNormalization(Opts.real(o, "eps", 2e-5), Opts.ints(o, "axis"))
                  .applyOne(in)
            });
  }

  @Override
  public String label() {
    return "fixed_batch_normalization";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    if (in.length != 5) {
      throw new dl.api.InvalidTypeException(
          fn + ": expects inputs x, gamma, beta, mean, var, got " + in.length);
    }
    Check.floating(fn, "x", 0, in[0]);
    int[] ax = BnAxes.of(fn, axis, in[0].ndim(), in[1].ndim());
    String[] names = {"x", "gamma", "beta", "mean", "var"};
    for (int i = 1; i < 5; i++) {
      BnAxes.checkParam(fn, names[i], i, in[0], in[i], ax);
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1, 3, 4);
    int[] xs = in[0].shape();
    axes = BnAxes.of(label(), axis, xs.length, in[1].ndim());
    int[] k = BnAxes.keptShape(xs, axes);
    NdArray invstd = in[4].reshape(k).add(eps).pow(-0.5);
    NdArray y = in[0].sub(in[3].reshape(k)).mul(invstd.mul(in[1].reshape(k))).add(in[2].reshape(k));
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] r = retainedInputs(); // x, gamma, mean, var
    int[] k = BnAxes.keptShape(r[0].shape(), axes);
    Variable g = gy[0];
    Variable gamma = F.reshape(r[1], k);
    Variable invstd = F.pow(F.add(F.reshape(r[3], k), eps), -0.5);
    Variable xc = F.sub(r[0], F.reshape(r[2], k));
    Variable gx = F.mul(g, F.mul(gamma, invstd));
    Variable[] out = new Variable[5];
    for (int t : targets) {
      switch (t) {
        case 0:
          out[0] = gx;
          break;
        case 1:
          out[1] = F.sum(F.mul(g, F.mul(xc, invstd)), axes, false);
          break;
        case 2:
          out[2] = F.sum(g, axes, false);
          break;
        case 3:
          out[3] = F.neg(F.sum(gx, axes, false));
          break;
        default:
          // d/dvar of (var+eps)^-1/2 is −½(var+eps)^-3/2; gx already holds one invstd
          out[4] = F.sum(F.mul(F.mul(gx, xc), F.mul(F.square(invstd), -0.5)), axes, false);
      }
    }
    return out;
  }
}
