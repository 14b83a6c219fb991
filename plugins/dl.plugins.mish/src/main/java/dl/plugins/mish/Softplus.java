package dl.plugins.mish;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.functions.F;

/**
 * Softplus {@code log(1 + exp(x))} (Chainer's {@code softplus} with β = 1), computed as {@code
 * max(x, 0) + log1p(exp(-|x|))} so that large |x| neither overflows nor loses precision. Not
 * registered by name: the name {@code "softplus"} belongs to the standard library.
 *
 * <pre>{@code
 * Variable y = FMish.softplus(x);
 * }</pre>
 */
public final class Softplus extends FunctionNode {
  @Override
  public String label() {
    return "softplus";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Mish.requireFloating(label(), in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    return new NdArray[] {softplus(in[0])};
  }

  /** The stable formula on arrays (shared with {@link Mish}'s forward). */
  static NdArray softplus(NdArray x) {
    Backend b = x.backend();
    NdArray tail =
        b.unary(UnaryOp.LOG1P, b.unary(UnaryOp.EXP, b.unary(UnaryOp.NEG, b.unary(UnaryOp.ABS, x))));
    return b.binary(BinaryOp.ADD, b.unary(UnaryOp.RELU, x), tail);
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d softplus(x) / dx = sigmoid(x); sigmoid is differentiable, so double backprop works.
    return new Variable[] {F.mul(gy[0], F.sigmoid(retainedInputs()[0]))};
  }

  static InvalidTypeException notFloating(String fn, NdArray x) {
    return InvalidTypeException.of(fn, "x", 0, "x.dtype.kind == f", "x.dtype == " + x.dtype());
  }
}
