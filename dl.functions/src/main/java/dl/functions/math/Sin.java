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
 * Elementwise sine (Chainer's {@code Sin}).
 *
 * <pre>{@code
 * Variable y = F.sin(x);
 * }</pre>
 */
public final class Sin extends FunctionNode {
  /** Registered as {@code "sin"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("sin", (o, in) -> new Sin().apply(in));
  }

  @Override
  public String label() {
    return "sin";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.SIN, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], F.cos(retainedInputs()[0]))};
  }
}
