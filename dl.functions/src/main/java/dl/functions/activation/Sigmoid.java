package dl.functions.activation;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise logistic sigmoid {@code 1 / (1 + exp(-x))} (Chainer's {@code Sigmoid}).
 *
 * <pre>{@code
 * Variable y = F.sigmoid(x);
 * }</pre>
 */
public final class Sigmoid extends FunctionNode {
  /** Registered as {@code "sigmoid"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("sigmoid", (o, in) -> new Sigmoid().apply(in));
  }

  @Override
  public String label() {
    return "sigmoid";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainOutputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.SIGMOID, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d sigmoid(x) = y (1 - y), from the output.
    Variable y = retainedOutputs()[0];
    return new Variable[] {F.mul(gy[0], F.mul(y, F.rsub(1.0, y)))};
  }
}
