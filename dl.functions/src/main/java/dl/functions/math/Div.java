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
 * Elementwise {@code lhs / rhs} with NumPy broadcasting (Chainer's {@code Div}).
 *
 * <pre>{@code
 * Variable z = new Div().applyOne(x, y);   // or F.div(x, y), x.div(y)
 * }</pre>
 */
public final class Div extends FunctionNode {
  /** Registered as {@code "div"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("div", (o, in) -> new Div().apply(in));
  }

  @Override
  public String label() {
    return "div";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.binaryFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    return new NdArray[] {in[0].backend().binary(BinaryOp.DIV, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] x = retainedInputs();
    Variable[] gx = new Variable[2];
    // d(a/b)/da = 1/b; d(a/b)/db = -a/b².
    Variable ga = F.div(gy[0], x[1]);
    for (int t : targets) {
      gx[t] =
          t == 0
              ? F.sumTo(ga, x[0].shape())
              : F.sumTo(F.neg(F.div(F.mul(ga, x[0]), x[1])), x[1].shape());
    }
    return gx;
  }
}
