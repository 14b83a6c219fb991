package dl.functions.activation;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise hyperbolic tangent (Chainer's {@code Tanh}).
 *
 * <pre>{@code
 * Variable y = F.tanh(x);
 * }</pre>
 */
public final class Tanh extends FunctionNode {
  /** Registered as {@code "tanh"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("tanh", (o, in) -> new Tanh().apply(in));
  }

  @Override
  public String label() {
    return "tanh";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainOutputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.TANH, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d tanh(x) = 1 - tanh(x)², from the output.
    Variable y = retainedOutputs()[0];
    return new Variable[] {F.mul(gy[0], F.rsub(1.0, F.square(y)))};
  }
}
