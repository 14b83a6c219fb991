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
 * Elementwise {@code x²} (Chainer's {@code Square}).
 *
 * <pre>{@code
 * Variable y = F.square(x);
 * }</pre>
 */
public final class Square extends FunctionNode {
  /** Registered as {@code "square"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("square", (o, in) -> new Square().apply(in));
  }

  @Override
  public String label() {
    return "square";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.SQUARE, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], F.mul(retainedInputs()[0], 2.0))};
  }
}
