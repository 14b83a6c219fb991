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
 * Elementwise inverse hyperbolic tangent (Chainer's {@code Arctanh}), defined on {@code (-1, 1)};
 * computed as {@code (log1p(x) - log1p(-x)) / 2}, the backend having no arctanh kernel.
 *
 * <pre>{@code
 * Variable y = F.arctanh(x);
 * }</pre>
 */
public final class Arctanh extends FunctionNode {
  /** Registered as {@code "arctanh"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("arctanh", (o, in) -> new Arctanh().apply(in));
  }

  @Override
  public String label() {
    return "arctanh";
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
    return new NdArray[] {b.unary(UnaryOp.LOG1P, x).sub(b.unary(UnaryOp.LOG1P, x.neg())).mul(0.5)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    // d arctanh(x) = 1 / (1 - x²).
    return new Variable[] {F.div(gy[0], F.rsub(1.0, F.square(x)))};
  }
}
