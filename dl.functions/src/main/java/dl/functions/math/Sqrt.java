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
 * Elementwise square root (Chainer's {@code Sqrt}).
 *
 * <pre>{@code
 * Variable y = F.sqrt(x);
 * }</pre>
 */
public final class Sqrt extends FunctionNode {
  /** Registered as {@code "sqrt"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("sqrt", (o, in) -> new Sqrt().apply(in));
  }

  @Override
  public String label() {
    return "sqrt";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainOutputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.SQRT, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d sqrt(x) = 1 / (2 sqrt(x)), from the output.
    return new Variable[] {F.div(gy[0], F.mul(retainedOutputs()[0], 2.0))};
  }
}
