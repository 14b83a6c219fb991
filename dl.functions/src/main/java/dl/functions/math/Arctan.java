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
 * Elementwise inverse tangent (Chainer's {@code Arctan}).
 *
 * <pre>{@code
 * Variable y = F.arctan(x);
 * }</pre>
 */
public final class Arctan extends FunctionNode {
  /** Registered as {@code "arctan"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("arctan", (o, in) -> new Arctan().apply(in));
  }

  @Override
  public String label() {
    return "arctan";
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
    return new NdArray[] {b.unary(UnaryOp.ARCTAN, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    // d arctan(x) = 1 / (1 + x²).
    return new Variable[] {F.div(gy[0], F.add(F.square(x), 1.0))};
  }
}
