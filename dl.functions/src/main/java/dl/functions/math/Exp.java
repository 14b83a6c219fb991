package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code exp(x)} (Chainer's {@code Exp}).
 *
 * <pre>{@code
 * Variable y = F.exp(x);
 * }</pre>
 */
public final class Exp extends FunctionNode {
  /** Registered as {@code "exp"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("exp", (o, in) -> new Exp().apply(in));
  }

  @Override
  public String label() {
    return "exp";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainOutputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.EXP, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d exp(x) = exp(x): reuse the output instead of recomputing it.
    return new Variable[] {F.mul(gy[0], retainedOutputs()[0])};
  }
}
