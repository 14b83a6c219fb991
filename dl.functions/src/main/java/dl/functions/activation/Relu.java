package dl.functions.activation;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Rectified linear unit {@code max(0, x)} (Chainer's {@code ReLU}). Only the output is kept;
 * backward is {@link ReluGrad}, the gradient times the constant mask {@code y > 0} in one pass.
 *
 * <pre>{@code
 * Variable h = new Relu().applyOne(x);   // or F.relu(x)
 * }</pre>
 */
public final class Relu extends FunctionNode {
  /** Registered as {@code "relu"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("relu", (o, in) -> new Relu().apply(in));
  }

  @Override
  public String label() {
    return "relu";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainOutputs(0);
    return new NdArray[] {in[0].backend().unary(UnaryOp.RELU, in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {new ReluGrad(retainedOutputs()[0].array()).applyOne(gy[0])};
  }
}
