package dl.functions.pooling;

import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.connection.ConvGeometry;
import dl.functions.connection.Im2Col;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * N-d average pooling (Chainer's {@code average_pooling_nd}): the window sum divided by the kernel
 * size ({@code pad_value=0}: padding counts as zeros) or, with {@code ignorePad} ({@code
 * pad_value=None}), by the number of window elements inside the input: the backend's whole {@code
 * averagePooling} kernel where offered, else im2col and a sum. Backward is {@code
 * AveragePoolingGrad}, the adjoint, whose own backward is this function again.
 *
 * <pre>{@code
 * Variable y = F.averagePooling2d(x, 2, 2, 0);
 * }</pre>
 */
public final class AveragePoolingNd extends FunctionNode {
  private final int[] ksize;
  private final int[] stride;
  private final int[] pad;
  private final boolean ignorePad;
  private ConvGeometry g;

  public AveragePoolingNd(int[] ksize, int[] stride, int[] pad, boolean ignorePad) {
    this.ksize = ksize.clone();
    this.stride = stride.clone();
    this.pad = pad.clone();
    this.ignorePad = ignorePad;
  }

  /**
   * Registered as {@code "average_pooling_nd"}: input {@code x}; options {@code ksize}, {@code
   * stride} (ksize), {@code pad} (0), {@code pad_value} (0, or null to ignore padding).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "average_pooling_nd",
        (o, in) ->
            new Variable[] {
              F.averagePoolingNd(
                  in[0],
                  Opts.ints(o, "ksize"),
                  Opts.ints(o, "stride"),
                  Opts.ints(o, "pad"),
                  o.containsKey("pad_value") && o.get("pad_value") == null)
            });
  }

  @Override
  public String label() {
    return "average_pooling_nd";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.ndim(label(), "x", 0, in[0], ksize.length + 2);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    int[] xs = x.shape();
    int[] one = new int[ksize.length];
    Arrays.fill(one, 1);
    g =
        ConvGeometry.of(
            label(), Arrays.copyOfRange(xs, 2, xs.length), ksize, stride, pad, one, false);
    NdArray whole =
        Config.useKernels() ? x.backend().averagePooling(x, g.window(false), ignorePad) : null;
    if (whole != null) {
      return new NdArray[] {whole};
    }
    NdArray col = Im2Col.gather(x, g, 0);
    NdArray sum = x.backend().reduce(ReduceOp.SUM, col, new int[] {2}, false); // (N, Out, C)
    NdArray y = sum.mul(scaleArray(g, ignorePad, x));
    return new NdArray[] {PoolShapes.toChannelsFirst(y, xs[0], xs[1], g.out())};
  }

  /** {@code 1/count} per output position as {@code (1, Out, 1)} in {@code like}'s dtype. */
  static NdArray scaleArray(ConvGeometry g, boolean ignorePad, NdArray like) {
    int no = g.outSize();
    int nk = g.kSize();
    double[] scale = new double[no];
    int[] t = ignorePad ? g.table() : null;
    for (int o = 0; o < no; o++) {
      int count = nk;
      if (ignorePad) {
        count = 0;
        for (int j = 0; j < nk; j++) {
          count += t[o * nk + j] < g.inSize() ? 1 : 0;
        }
      }
      scale[o] = 1.0 / count;
    }
    return like.backend().fromArray(scale, 1, no, 1).astype(like.dtype());
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    int[] xs = inputs().get(0).shape();
    return new Variable[] {new AveragePoolingGrad(g, ignorePad, xs).applyOne(gy[0])};
  }

  /**
   * The gradient of average pooling, its adjoint: {@code gy} spread evenly over each window (the
   * backend's whole kernel where offered, else scale, broadcast and col2im). Linear, so its own
   * backward is average pooling again.
   */
  static final class AveragePoolingGrad extends FunctionNode {
    private final ConvGeometry g;
    private final boolean ignorePad;
    private final int[] xShape;

    AveragePoolingGrad(ConvGeometry g, boolean ignorePad, int[] xShape) {
      this.g = g;
      this.ignorePad = ignorePad;
      this.xShape = xShape.clone();
    }

    @Override
    public String label() {
      return "average_pooling_nd_grad";
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      NdArray gy = in[0];
      NdArray whole =
          Config.useKernels()
              ? gy.backend().averagePoolingGrad(gy, xShape, g.window(false), ignorePad)
              : null;
      if (whole != null) {
        return new NdArray[] {whole};
      }
      int n = xShape[0];
      int c = xShape[1];
      int no = g.outSize();
      NdArray gt = PoolShapes.toChannelsLast(gy, n, c, no).mul(scaleArray(g, ignorePad, gy));
      NdArray gcol = gt.reshape(n, no, 1, c).broadcastTo(n, no, g.kSize(), c);
      return new NdArray[] {Im2Col.scatter(gcol, g, xShape)};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] ggx) {
      return new Variable[] {
        new AveragePoolingNd(g.ksize(), g.stride(), g.pad(), ignorePad).applyOne(ggx[0])
      };
    }
  }
}
