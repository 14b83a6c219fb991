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
 * Elementwise {@code lhs * rhs} with NumPy broadcasting (Chainer's {@code Mul}).
 *
 * <pre>{@code
 * Variable z = new Mul().applyOne(x, y);   // or F.mul(x, y), x.mul(y)
 * }</pre>
 */
public final class Mul extends FunctionNode {
  /** Registered as {@code "mul"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("mul", (o, in) -> new Mul().apply(in));
  }

  @Override
  public String label() {
    return "mul";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.binaryFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    return new NdArray[] {in[0].backend().binary(BinaryOp.MUL, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] x = retainedInputs();
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      gx[t] = F.sumTo(F.mul(gy[0], x[1 - t]), x[t].shape());
    }
    return gx;
  }
}
