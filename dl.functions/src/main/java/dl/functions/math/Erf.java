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
 * Elementwise error function (Chainer's {@code Erf}).
 *
 * <pre>{@code
 * Variable y = F.erf(x);
 * }</pre>
 */
public final class Erf extends FunctionNode {
  /** Registered as {@code "erf"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("erf", (o, in) -> new Erf().apply(in));
  }

  @Override
  public String label() {
    return "erf";
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
    return new NdArray[] {b.unary(UnaryOp.ERF, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    // d erf(x) = 2/√π · exp(-x²).
    return new Variable[] {F.mul(gy[0], F.mul(F.exp(F.neg(F.square(x))), 2 / Math.sqrt(Math.PI)))};
  }
}
