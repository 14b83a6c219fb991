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
 * Elementwise tangent (Chainer's {@code Tan}).
 *
 * <pre>{@code
 * Variable y = F.tan(x);
 * }</pre>
 */
public final class Tan extends FunctionNode {
  /** Registered as {@code "tan"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("tan", (o, in) -> new Tan().apply(in));
  }

  @Override
  public String label() {
    return "tan";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainOutputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.TAN, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d tan(x) = 1 + tan(x)², from the output.
    Variable y = retainedOutputs()[0];
    return new Variable[] {F.mul(gy[0], F.add(F.square(y), 1.0))};
  }
}
