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
 * Elementwise absolute value (Chainer's {@code Absolute}); the gradient is {@code sign(x)}, 0 at 0.
 *
 * <pre>{@code
 * Variable y = F.absolute(x);
 * }</pre>
 */
public final class Absolute extends FunctionNode {
  /** Registered as {@code "absolute"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("absolute", (o, in) -> new Absolute().apply(in));
  }

  @Override
  public String label() {
    return "absolute";
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
    return new NdArray[] {b.unary(UnaryOp.ABS, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    NdArray sign = x.array().backend().unary(UnaryOp.SIGN, x.array());
    // The derivative is piecewise constant: a constant sign mask keeps double backprop exact.
    return new Variable[] {F.mul(gy[0], Variable.constant(sign))};
  }
}
