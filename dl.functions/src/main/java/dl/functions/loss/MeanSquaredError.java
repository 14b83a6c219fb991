package dl.functions.loss;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Mean of squared differences {@code Σ(x0 - x1)² / size} as a 0-d array (Chainer's {@code
 * MeanSquaredError}).
 *
 * <pre>{@code
 * Variable loss = new MeanSquaredError().applyOne(y, t);   // or F.meanSquaredError(y, t)
 * }</pre>
 */
public final class MeanSquaredError extends FunctionNode {
  /** Registered as {@code "mean_squared_error"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("mean_squared_error", (o, in) -> new MeanSquaredError().apply(in));
  }

  @Override
  public String label() {
    return "mean_squared_error";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x0", 0, in[0]);
    Check.sameDtype(label(), "x0", in[0], "x1", 1, in[1]);
    Check.sameShape(label(), "x0", in[0], "x1", 1, in[1]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    var b = in[0].backend();
    NdArray d = b.binary(BinaryOp.SUB, in[0], in[1]);
    return new NdArray[] {
      d.unary(dl.api.UnaryOp.SQUARE).sum().mul(1.0 / Math.max(1, in[0].size()))
    };
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] x = retainedInputs();
    // d/dx0 = 2 (x0 - x1) / size · gy; d/dx1 is its negation.
    Variable coeff = F.broadcastTo(F.mul(gy[0], 2.0 / Math.max(1, x[0].size())), x[0].shape());
    Variable g0 = F.mul(F.sub(x[0], x[1]), coeff);
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      gx[t] = t == 0 ? g0 : F.neg(g0);
    }
    return gx;
  }
}
