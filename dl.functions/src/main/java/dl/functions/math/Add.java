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
 * Elementwise {@code lhs + rhs} with NumPy broadcasting (Chainer's {@code Add}); the gradients are
 * summed back to each input's shape.
 *
 * <pre>{@code
 * Variable z = new Add().applyOne(x, y);   // or F.add(x, y), x.add(y)
 * }</pre>
 */
public final class Add extends FunctionNode {
  private int[] shape0;
  private int[] shape1;

  /** Registered as {@code "add"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("add", (o, in) -> new Add().apply(in));
  }

  @Override
  public String label() {
    return "add";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.binaryFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    shape0 = in[0].shape();
    shape1 = in[1].shape();
    return new NdArray[] {in[0].backend().binary(BinaryOp.ADD, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      gx[t] = F.sumTo(gy[0], t == 0 ? shape0 : shape1);
    }
    return gx;
  }
}
