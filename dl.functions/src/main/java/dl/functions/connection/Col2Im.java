package dl.functions.connection;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;

/**
 * col2im as a differentiable function: sums window columns {@code (N, Out, K, C)} back into an
 * image {@code (N, C, *S)} (the adjoint of {@link Im2Col}, whose forward is its backward).
 *
 * <pre>{@code
 * Variable x = new Col2Im(geometry, new int[] {n, c, h, w}).applyOne(col);
 * }</pre>
 */
public final class Col2Im extends FunctionNode {
  private final ConvGeometry g;
  private final int[] xShape;

  public Col2Im(ConvGeometry g, int[] xShape) {
    this.g = g;
    this.xShape = xShape.clone();
  }

  @Override
  public String label() {
    return "col2im";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    return new NdArray[] {Im2Col.scatter(in[0], g, xShape)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {new Im2Col(g).applyOne(gy[0])};
  }
}
