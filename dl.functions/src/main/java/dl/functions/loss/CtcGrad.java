package dl.functions.loss;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.F;

/**
 * The gradient node of {@link ConnectionistTemporalClassification}: {@code gy·G} with G the kept
 * gradient; x is an input only so that a second derivative in x raises instead of silently being
 * zero. Not registered.
 *
 * <pre>{@code
 * Variable gx = new CtcGrad(g).applyOne(gyBroadcast, x);
 * }</pre>
 */
final class CtcGrad extends FunctionNode {
  private final NdArray g;

  CtcGrad(NdArray g) {
    this.g = g;
  }

  @Override
  public String label() {
    return "connectionist_temporal_classification_grad";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    return new NdArray[] {in[0].mul(g)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    for (int t : targets) {
      if (t == 1) {
        throw new UnsupportedOperationException(
            "connectionist_temporal_classification is not twice differentiable in x");
      }
    }
    return new Variable[] {F.mul(gy[0], Variable.constant(g)), null};
  }
}
