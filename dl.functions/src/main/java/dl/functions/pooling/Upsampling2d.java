package dl.functions.pooling;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.connection.ConvGeometry;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Upsampling with max-pooling indexes (Chainer's {@code upsampling_2d}): each {@code x[n, c, i, j]}
 * is placed at the window offset {@code indexes[n, c, i, j]} (as returned by {@link
 * F#maxPooling2dWithIndexes}) of an output of size {@code outsize} or Chainer's {@code
 * get_deconv_outsize} (cover_all true by default); overlapping windows add. The adjoint of max
 * pooling with fixed argmax, which is its backward.
 *
 * <pre>{@code
 * Variable[] yi = F.maxPooling2dWithIndexes(x, 2, 2, 0, true);
 * Variable up = F.upsampling2d(yi[0], yi[1].array(), 2, 2, 0, x.shape()[2], x.shape()[3], true);
 * }</pre>
 */
public final class Upsampling2d extends FunctionNode {
  private final ConvGeometry g;
  private final NdArray indexes;
  private NdArray argmax;
  private int[] yShape;

  /** {@code g} maps the output (its input side) to {@code x} (its output side). */
  public Upsampling2d(ConvGeometry g, NdArray indexes) {
    this.g = g;
    this.indexes = indexes;
  }

  /**
   * Registered as {@code "upsampling_2d"}: inputs {@code x, indexes} (int32); options {@code
   * ksize}, {@code stride} (ksize), {@code pad} (0), {@code outsize} (null), {@code cover_all}
   * (true).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "upsampling_2d",
        (o, in) -> {
          int k = Opts.integer(o, "ksize", 2);
          int[] out = Opts.ints(o, "outsize");
          return new Variable[] {
            F.upsampling2d(
                in[0],
                in[1].array(),
                k,
                Opts.integer(o, "stride", k),
                Opts.integer(o, "pad", 0),
                out == null ? -1 : out[0],
                out == null ? -1 : out[1],
                Opts.bool(o, "cover_all", true))
          };
        });
  }

  @Override
  public String label() {
    return "upsampling_2d";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.ndim(label(), "x", 0, in[0], 4);
    Check.dtype(label(), "indexes", 1, indexes, DType.INT32);
    int[] xs = in[0].shape();
    if (!Arrays.equals(indexes.shape(), xs) || xs[2] != g.out()[0] || xs[3] != g.out()[1]) {
      throw InvalidTypeException.of(
          label(),
          "x",
          0,
          "x.shape == indexes.shape "
              + Shapes.str(indexes.shape())
              + " with spatial size "
              + Shapes.str(g.out()),
          "x.shape == " + Shapes.str(xs));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    int[] xs = in[0].shape();
    argmax = PoolShapes.toChannelsLast(indexes, xs[0], xs[1], g.outSize());
    int[] in2 = g.in();
    yShape = new int[] {xs[0], xs[1], in2[0], in2[1]};
    return new NdArray[] {MaxPoolingGrad.scatter(in[0], g, argmax, yShape)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {new MaxPoolingNd(g, argmax).applyOne(gy[0])};
  }
}
