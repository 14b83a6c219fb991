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
 * Elementwise reciprocal square root {@code 1/√x} (Chainer's {@code rsqrt}).
 *
 * <pre>{@code
 * Variable y = F.rsqrt(x);
 * }</pre>
 */
public final class Rsqrt extends FunctionNode {
  /** Registered as {@code "rsqrt"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("rsqrt", (o, in) -> new Rsqrt().apply(in));
  }

  @Override
  public String label() {
    return "rsqrt";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();
    retainOutputs(0);
    return new NdArray[] {b.unary(UnaryOp.RSQRT, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable y = retainedOutputs()[0];
    // d x^(-1/2) = -y³/2, from the output.
    return new Variable[] {F.mul(gy[0], F.mul(F.pow(y, 3.0), -0.5))};
  }
}
