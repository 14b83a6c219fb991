package dl.plugins.mish;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;

/**
 * The Mish activation {@code x·tanh(softplus(x))} (D. Misra, "Mish: A Self Regularized
 * Non-Monotonic Activation Function", 2019). Forward runs on the backend's kernels; backward is
 * written with differentiable functions, so double backprop comes free.
 *
 * <pre>{@code
 * Variable y = FMish.mish(x);
 * Variable z = Engine.get().function("mish").apply(Map.of(), x)[0];   // by name
 * }</pre>
 */
public final class Mish extends FunctionNode {
  /** Registered as {@code "mish"}; no options. */
  public static FunctionProvider provider() {
    return FunctionProvider.of("mish", (o, in) -> new Mish().apply(in));
  }

  @Override
  public String label() {
    return "mish";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    requireFloating(label(), in);
  }

  static void requireFloating(String fn, NdArray[] in) {
    if (in.length != 1) {
      throw InvalidTypeException.of(fn, "x", 0, "1 input", in.length + " inputs");
    }
    if (!in[0].dtype().isFloating()) {
      throw Softplus.notFloating(fn, in[0]);
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    Backend b = in[0].backend();
    NdArray t = b.unary(UnaryOp.TANH, Softplus.softplus(in[0]));
    return new NdArray[] {b.binary(BinaryOp.MUL, in[0], t)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d/dx x·tanh(sp(x)) = tanh(sp) + x·sigmoid(x)·(1 - tanh(sp)²), as sp' = sigmoid.
    Variable x = retainedInputs()[0];
    Variable t = F.tanh(FMish.softplus(x));
    Variable d = F.add(t, F.mul(F.mul(x, F.sigmoid(x)), F.rsub(1.0, F.square(t))));
    return new Variable[] {F.mul(gy[0], d)};
  }
}
