package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Inserts an axis of size 1 (Chainer's {@code ExpandDims}); {@code axis} may be negative, counted
 * in the output's axes.
 *
 * <pre>{@code
 * Variable y = new ExpandDims(0).applyOne(x);   // (3,) -> (1, 3), or F.expandDims(x, 0)
 * }</pre>
 */
public final class ExpandDims extends FunctionNode {
  private final int axis;
  private int[] inShape;

  public ExpandDims(int axis) {
    this.axis = axis;
  }

  /** Registered as {@code "expand_dims"}; option {@code axis} (int, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "expand_dims", (o, in) -> new ExpandDims(Opts.integer(o, "axis", 0)).apply(in));
  }

  @Override
  public String label() {
    return "expand_dims";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.axis(label(), "x", 0, axis, in[0].ndim() + 1);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    inShape = in[0].shape();
    int a = dl.api.Shapes.axis(label(), axis, inShape.length + 1);
    int[] out = new int[inShape.length + 1];
    for (int i = 0, j = 0; i < out.length; i++) {
      out[i] = i == a ? 1 : inShape[j++];
    }
    return new NdArray[] {in[0].reshape(out)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.reshape(gy[0], inShape)};
  }
}
