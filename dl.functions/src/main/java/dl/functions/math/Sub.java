package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code lhs - rhs} with NumPy broadcasting (Chainer's {@code Sub}).
 *
 * <pre>{@code
 * Variable z = new Sub().applyOne(x, y);   // or F.sub(x, y), x.sub(y)
 * }</pre>
 */
public final class Sub extends FunctionNode {
  private int[] shape0;
  private int[] shape1;

  /** Registered as {@code "sub"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("sub", (o, in) -> new Sub().apply(in));
  }

  @Override
  public String label() {
    return "sub";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.binaryFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    shape0 = in[0].shape();
    shape1 = in[1].shape();
    return new NdArray[] {in[0].backend().binary(BinaryOp.SUB, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      gx[t] = t == 0 ? F.sumTo(gy[0], shape0) : F.sumTo(F.neg(gy[0]), shape1);
    }
    return gx;
  }
}
