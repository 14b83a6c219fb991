package dl.functions.pooling;

import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.connection.ConvGeometry;
import dl.functions.connection.Im2Col;

/**
 * The gradient of {@link MaxPoolingNd}: scatters {@code gy} to the argmax of each window (the
 * backend's whole {@code maxPoolingGrad} kernel where offered, else a select-add and col2im, which
 * sums overlapping windows). Linear in {@code gy}; its backward selects at the same argmax.
 *
 * <pre>{@code
 * Variable gx = new MaxPoolingGrad(pool, xShape).applyOne(gy);   // pool: the MaxPoolingNd
 * }</pre>
 */
public final class MaxPoolingGrad extends FunctionNode {
  private final MaxPoolingNd pool;
  private final int[] xShape;

  MaxPoolingGrad(MaxPoolingNd pool, int[] xShape) {
    this.pool = pool;
    this.xShape = xShape.clone();
  }

  @Override
  public String label() {
    return "max_pooling_nd_grad";
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray gx =
        Config.useKernels()
            ? in[0].backend().maxPoolingGrad(in[0], pool.indexes(), xShape, pool.window())
            : null;
    return new NdArray[] {gx != null ? gx : scatter(in[0], pool.geometry(), pool.argmax(), xShape)};
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
    return new Variable[] {new MaxPoolingNd(pool.geometry(), pool.argmax()).applyOne(ggx[0])};
  }
}
