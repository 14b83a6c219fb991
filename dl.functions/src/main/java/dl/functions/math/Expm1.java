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
 * Elementwise {@code exp(x) - 1}, accurate near 0 (Chainer's {@code Expm1}).
 *
 * <pre>{@code
 * Variable y = F.expm1(x);
 * }</pre>
 */
public final class Expm1 extends FunctionNode {
  /** Registered as {@code "expm1"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("expm1", (o, in) -> new Expm1().apply(in));
  }

  @Override
  public String label() {
    return "expm1";
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
    return new NdArray[] {b.unary(UnaryOp.EXPM1, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.exp(x))};
  }
}
