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
 * Elementwise inverse cosine (Chainer's {@code Arccos}), defined on {@code [-1, 1]}.
 *
 * <pre>{@code
 * Variable y = F.arccos(x);
 * }</pre>
 */
public final class Arccos extends FunctionNode {
  /** Registered as {@code "arccos"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("arccos", (o, in) -> new Arccos().apply(in));
  }

  @Override
  public String label() {
    return "arccos";
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
    return new NdArray[] {b.unary(UnaryOp.ARCCOS, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    // d arccos(x) = -1 / sqrt(1 - x²).
    return new Variable[] {F.mul(gy[0], F.neg(F.rsqrt(F.rsub(1.0, F.square(x)))))};
  }
}
