package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise remainder {@code x - fix(x / divisor)·divisor} with the sign of {@code x} (C's fmod,
 * Chainer's {@code Fmod}), with broadcasting. The gradients are {@code 1} for {@code x} and {@code
 * -fix(x / divisor)} for the divisor.
 *
 * <pre>{@code
 * Variable r = F.fmod(x, d);
 * }</pre>
 */
public final class Fmod extends FunctionNode {
  private NdArray quotient;

  /** Registered as {@code "fmod"}; inputs {@code x, divisor}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("fmod", (o, in) -> new Fmod().apply(in));
  }

  @Override
  public String label() {
    return "fmod";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.binaryFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    NdArray q = b.binary(BinaryOp.DIV, in[0], in[1]);
    // fix(q) = sign(q)·floor(|q|): a constant, the derivative being piecewise constant.
    quotient =
        b.binary(
            BinaryOp.MUL,
            b.unary(UnaryOp.SIGN, q),
            b.unary(UnaryOp.FLOOR, b.unary(UnaryOp.ABS, q)));
    return new NdArray[] {b.binary(BinaryOp.FMOD, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] gx = new Variable[2];
    int[][] shapes = {inputs().get(0).shape(), inputs().get(1).shape()};
    for (int t : targets) {
      if (t == 0) {
        gx[0] = F.sumTo(gy[0], shapes[0]);
      } else {
        gx[1] = F.sumTo(F.neg(F.mul(gy[0], Variable.constant(quotient))), shapes[1]);
      }
    }
    return gx;
  }
}
