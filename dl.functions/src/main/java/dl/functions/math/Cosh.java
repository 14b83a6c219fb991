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
 * Elementwise hyperbolic cosine (Chainer's {@code Cosh}).
 *
 * <pre>{@code
 * Variable y = F.cosh(x);
 * }</pre>
 */
public final class Cosh extends FunctionNode {
  /** Registered as {@code "cosh"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("cosh", (o, in) -> new Cosh().apply(in));
  }

  @Override
  public String label() {
    return "cosh";
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
    return new NdArray[] {b.unary(UnaryOp.COSH, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.sinh(x))};
  }
}
