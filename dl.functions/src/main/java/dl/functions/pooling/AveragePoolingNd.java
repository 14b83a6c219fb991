package dl.functions.pooling;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.connection.Col2Im;
import dl.functions.connection.ConvGeometry;
import dl.functions.connection.Im2Col;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * N-d average pooling (Chainer's {@code average_pooling_nd}): the window sum divided by the kernel
 * size ({@code pad_value=0}: padding counts as zeros) or, with {@code ignorePad} ({@code
 * pad_value=None}), by the number of window elements inside the input. Backward broadcasts the
 * scaled {@code gy} over the windows and sums them back with {@link Col2Im}.
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
  private double[] scale;

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
    int no = g.outSize();
    int nk = g.kSize();
    scale = new double[no];
    int[] t = g.table();
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
    NdArray col = Im2Col.gather(x, g, 0);
    NdArray sum = x.backend().reduce(ReduceOp.SUM, col, new int[] {2}, false); // (N, Out, C)
    NdArray y = sum.mul(scaleArray(x));
    return new NdArray[] {PoolShapes.toChannelsFirst(y, xs[0], xs[1], g.out())};
  }

  private NdArray scaleArray(NdArray like) {
    NdArray s = like.backend().fromArray(scale, 1, scale.length, 1);
    return s.astype(like.dtype());
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    int[] xs = inputs().get(0).shape();
    int n = xs[0];
    int c = xs[1];
    int no = g.outSize();
    Variable s = new Variable(scaleArray(gy[0].array()), null, false);
    Variable gt = F.mul(F.transpose(F.reshape(gy[0], n, c, no), 0, 2, 1), s); // (N, Out, C)
    Variable gcol = F.broadcastTo(F.expandDims(gt, 2), n, no, g.kSize(), c);
    return new Variable[] {new Col2Im(g, xs).applyOne(gcol)};
  }
}
