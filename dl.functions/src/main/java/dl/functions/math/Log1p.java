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
 * Elementwise {@code log(1 + x)}, accurate near 0 (Chainer's {@code Log1p}).
 *
 * <pre>{@code
 * Variable y = F.log1p(x);
 * }</pre>
 */
public final class Log1p extends FunctionNode {
  /** Registered as {@code "log1p"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("log1p", (o, in) -> new Log1p().apply(in));
  }

  @Override
  public String label() {
    return "log1p";
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
    return new NdArray[] {b.unary(UnaryOp.LOG1P, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.div(gy[0], F.add(x, 1.0))};
  }
}
