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
 * Elementwise base-2 logarithm (Chainer's {@code Log2}).
 *
 * <pre>{@code
 * Variable y = F.log2(x);
 * }</pre>
 */
public final class Log2 extends FunctionNode {
  /** Registered as {@code "log2"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("log2", (o, in) -> new Log2().apply(in));
  }

  @Override
  public String label() {
    return "log2";
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
    return new NdArray[] {b.unary(UnaryOp.LOG, x).mul(1 / Math.log(2))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.div(gy[0], F.mul(x, Math.log(2)))};
  }
}
