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
 * Elementwise hyperbolic sine (Chainer's {@code Sinh}).
 *
 * <pre>{@code
 * Variable y = F.sinh(x);
 * }</pre>
 */
public final class Sinh extends FunctionNode {
  /** Registered as {@code "sinh"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("sinh", (o, in) -> new Sinh().apply(in));
  }

  @Override
  public String label() {
    return "sinh";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();
    retainInputs(0);
    return new NdArray[] {b.unary(UnaryOp.SINH, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.cosh(x))};
  }
}
