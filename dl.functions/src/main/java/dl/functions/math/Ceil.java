package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise ceiling (Chainer's {@code ceil}). Not differentiable: as in Chainer, no gradient
 * reaches {@code x}.
 *
 * <pre>{@code
 * Variable y = F.ceil(x);
 * }</pre>
 */
public final class Ceil extends FunctionNode {
  /** Registered as {@code "ceil"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("ceil", (o, in) -> new Ceil().apply(in));
  }

  @Override
  public String label() {
    return "ceil";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();

    return new NdArray[] {b.unary(UnaryOp.CEIL, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {null};
  }
}
