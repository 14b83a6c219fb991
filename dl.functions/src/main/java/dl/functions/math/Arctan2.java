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
 * Elementwise {@code atan2(x1, x2)}, the angle of the point {@code (x2, x1)}, with broadcasting
 * (Chainer's {@code Arctan2}).
 *
 * <pre>{@code
 * Variable theta = F.arctan2(y, x);
 * }</pre>
 */
public final class Arctan2 extends FunctionNode {
  /** Registered as {@code "arctan2"}; inputs {@code x1, x2}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("arctan2", (o, in) -> new Arctan2().apply(in));
  }

  @Override
  public String label() {
    return "arctan2";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.binaryFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    return new NdArray[] {in[0].backend().binary(BinaryOp.ARCTAN2, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x1 = retainedInputs()[0];
    Variable x2 = retainedInputs()[1];
    // d/dx1 = x2 / (x1² + x2²), d/dx2 = -x1 / (x1² + x2²).
    Variable g = F.div(gy[0], F.add(F.square(x1), F.square(x2)));
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      if (t == 0) {
        gx[0] = F.sumTo(F.mul(g, x2), x1.shape());
      } else {
        gx[1] = F.sumTo(F.neg(F.mul(g, x1)), x2.shape());
      }
    }
    return gx;
  }
}
