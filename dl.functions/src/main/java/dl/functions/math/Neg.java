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
 * Elementwise negation {@code -x} (Chainer's {@code Neg}).
 *
 * <pre>{@code
 * Variable y = F.neg(x);   // or x.neg();
 * }</pre>
 */
public final class Neg extends FunctionNode {
  /** Registered as {@code "neg"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("neg", (o, in) -> new Neg().apply(in));
  }

  @Override
  public String label() {
    return "neg";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    // Nothing is retained: the gradient is -gy.
    return new NdArray[] {in[0].backend().unary(UnaryOp.NEG, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.neg(gy[0])};
  }
}
