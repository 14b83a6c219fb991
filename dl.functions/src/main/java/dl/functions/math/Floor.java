package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise floor (Chainer's {@code floor}). Not differentiable: as in Chainer, no gradient
 * reaches {@code x}.
 *
 * <pre>{@code
 * Variable y = F.floor(x);
 * }</pre>
 */
public final class Floor extends FunctionNode {
  /** Registered as {@code "floor"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("floor", (o, in) -> new Floor().apply(in));
  }

  @Override
  public String label() {
    return "floor";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();

    return new NdArray[] {b.unary(UnaryOp.FLOOR, x)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {null};
  }
}
