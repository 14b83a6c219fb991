package dl.functions.pooling;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.connection.ConvGeometry;
import dl.functions.connection.Im2Col;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Unpooling (Chainer's {@code unpooling_2d}): each input value copied over its {@code ksize} window
 * of an output of size {@code outsize} or Chainer's {@code get_deconv_outsize} (cover_all true by
 * default), overlapping windows adding up (col2im of the tiled input). Backward sums each window of
 * {@code gy} (im2col), written with functions.
 *
 * <pre>{@code
 * Variable y = F.unpooling2d(x, 2, 2, 0, -1, -1, false);   // (N, C, H, W) -> (N, C, 2H, 2W)
 * }</pre>
 */
public final class Unpooling2d extends FunctionNode {
  private final ConvGeometry g;

  /** {@code g} maps the output (its input side) to {@code x} (its output side). */
  public Unpooling2d(ConvGeometry g) {
    this.g = g;
  }

  /**
   * Registered as {@code "unpooling_2d"}: input {@code x}; options {@code ksize}, {@code stride}
   * (ksize), {@code pad} (0), {@code outsize} (null), {@code cover_all} (true).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "unpooling_2d",
        (o, in) -> {
          int k = Opts.integer(o, "ksize", 2);
          int[] out = Opts.ints(o, "outsize");
          return new Variable[] {
            F.unpooling2d(
                in[0],
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
    return "unpooling_2d";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.ndim(label(), "x", 0, in[0], 4);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    int[] xs = in[0].shape();
    int n = xs[0];
    int c = xs[1];
    int no = g.outSize();
    NdArray xt = PoolShapes.toChannelsLast(in[0], n, c, no).reshape(n, no, 1, c);
    NdArray col = xt.broadcastTo(n, no, g.kSize(), c);
    int[] out = g.in();
    return new NdArray[] {Im2Col.scatter(col, g, new int[] {n, c, out[0], out[1]})};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    int[] xs = inputs().get(0).shape();
    Variable col = new Im2Col(g).applyOne(gy[0]); // (N, Out, K, C)
    Variable s = F.sum(col, new int[] {2}, false); // (N, Out, C)
    return new Variable[] {F.reshape(F.transpose(s, 0, 2, 1), xs)};
  }
}
