package dl.functions.pooling;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.connection.ConvGeometry;
import dl.functions.connection.Im2Col;

/**
 * The gradient of {@link MaxPoolingNd}: scatters {@code gy} to the argmax of each window (and sums
 * overlapping windows with col2im). Linear in {@code gy}; its backward selects at the same argmax.
 *
 * <pre>{@code
 * Variable gx = new MaxPoolingGrad(geometry, argmax, xShape).applyOne(gy);
 * }</pre>
 */
public final class MaxPoolingGrad extends FunctionNode {
  private final ConvGeometry g;
  private final NdArray argmax;
  private final int[] xShape;

  MaxPoolingGrad(ConvGeometry g, NdArray argmax, int[] xShape) {
    this.g = g;
    this.argmax = argmax;
    this.xShape = xShape.clone();
  }

  @Override
  public String label() {
    return "max_pooling_nd_grad";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    return new NdArray[] {scatter(in[0], g, argmax, xShape)};
  }

  /** {@code gy (N, C, *Out)} placed at the window positions {@code argmax (N, Out, C)}, summed. */
  static NdArray scatter(NdArray gyc, ConvGeometry g, NdArray argmax, int[] xShape) {
    var b = gyc.backend();
    int n = xShape[0];
    int c = xShape[1];
    NdArray gy = PoolShapes.toChannelsLast(gyc, n, c, g.outSize()); // (N, Out, C)
    NdArray gcol = b.zeros(new int[] {n, g.outSize(), g.kSize(), c}, gyc.dtype());
    b.selectAddInto(gcol, argmax, 2, gy);
    return Im2Col.scatter(gcol, g, xShape);
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] ggx) {
    return new Variable[] {new MaxPoolingNd(g, argmax).applyOne(ggx[0])};
  }
}
