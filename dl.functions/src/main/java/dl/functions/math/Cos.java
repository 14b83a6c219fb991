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
 * Elementwise cosine (Chainer's {@code Cos}).
 *
 * <pre>{@code
 * Variable y = F.cos(x);
 * }</pre>
 */
public final class Cos extends FunctionNode {
  /** Registered as {@code "cos"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("cos", (o, in) -> new Cos().apply(in));
  }

  @Override
  public String label() {
    return "cos";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.COS, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], F.neg(F.sin(retainedInputs()[0])))};
  }
}
