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
 * Elementwise inverse sine (Chainer's {@code Arcsin}), defined on {@code [-1, 1]}.
 *
 * <pre>{@code
 * Variable y = F.arcsin(x);
 * }</pre>
 */
public final class Arcsin extends FunctionNode {
  /** Registered as {@code "arcsin"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("arcsin", (o, in) -> new Arcsin().apply(in));
  }

  @Override
  public String label() {
    return "arcsin";
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
    return new NdArray[] {b.unary(UnaryOp.ARCSIN, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    // d arcsin(x) = 1 / sqrt(1 - x²).
    return new Variable[] {F.mul(gy[0], F.rsqrt(F.rsub(1.0, F.square(x))))};
  }
}
