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
 * Elementwise natural logarithm (Chainer's {@code Log}).
 *
 * <pre>{@code
 * Variable y = F.log(x);
 * }</pre>
 */
public final class Log extends FunctionNode {
  /** Registered as {@code "log"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("log", (o, in) -> new Log().apply(in));
  }

  @Override
  public String label() {
    return "log";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.LOG, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.div(gy[0], retainedInputs()[0])};
  }
}
