package dl.functions.activation;

import dl.api.BinaryOp;
import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * The gradient of {@link Relu} (Chainer's {@code ReLUGrad2}): {@code gx = gy · (y > 0)} for the
 * relu's output {@code y}, a constant here (relu's second derivative is zero almost everywhere).
 * One pass through the backend's whole {@code reluGrad} kernel where offered, else the mask and a
 * product. Linear in {@code gy}, so its backward is itself.
 *
 * <pre>{@code
 * Variable gx = new ReluGrad(y).applyOne(gy);   // y: the relu's output array
 * }</pre>
 */
public final class ReluGrad extends FunctionNode {
  private final NdArray y;

  /** The gradient of a relu whose output was {@code y}. */
  ReluGrad(NdArray y) {
    this.y = y;
  }

  @Override
  public String label() {
    return "relu_grad";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray gx = Config.useKernels() ? y.backend().reluGrad(y, in[0]) : null;
    if (gx == null) {
      NdArray mask = y.backend().binaryScalar(BinaryOp.GT, y, 0, false);
      gx = y.backend().binary(BinaryOp.MUL, in[0], mask);
    }
    return new NdArray[] {gx};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] ggx) {
    return new Variable[] {new ReluGrad(y).applyOne(ggx[0])};
  }
}
