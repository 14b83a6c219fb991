package dl.functions.pooling;

import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Variable;
import dl.api.Window;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.connection.ConvGeometry;
import dl.functions.connection.Im2Col;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * N-d max pooling (Chainer's {@code max_pooling_nd}; windows over padding read −∞, {@code
 * cover_all} true by default). Forward is the backend's whole {@code maxPooling} kernel where it
 * offers one, else it gathers the windows (im2col), takes the argmax along the window and selects
 * it; backward routes {@code gy} to the argmax positions with {@link MaxPoolingGrad}, whose
 * backward is this function again with the argmax fixed, so double backprop works.
 *
 * <pre>{@code
 * Variable y = F.maxPooling2d(x, 2);   // stride 2, cover_all true
 * }</pre>
 */
public final class MaxPoolingNd extends FunctionNode {
  private final int[] ksize;
  private final int[] stride;
  private final int[] pad;
  private final boolean coverAll;
  private ConvGeometry g;
  private NdArray argmax; // (N, Out, C), the window layout of the composite
  private NdArray indexes; // (N, C, *Out), from a whole kernel

  public MaxPoolingNd(int[] ksize, int[] stride, int[] pad, boolean coverAll) {
    this.ksize = ksize.clone();
    this.stride = stride.clone();
    this.pad = pad.clone();
    this.coverAll = coverAll;
  }

  /** Selects the given window positions instead of the maximum (the gradient's gradient). */
  MaxPoolingNd(ConvGeometry g, NdArray argmax) {
    this(g.ksize(), new int[0], new int[0], true);
    this.g = g;
    this.argmax = argmax;
  }

  /**
   * Registered as {@code "max_pooling_nd"}: input {@code x}; options {@code ksize} (required),
   * {@code stride} (ksize), {@code pad} (0), {@code cover_all} (true).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "max_pooling_nd",
        (o, in) ->
            new Variable[] {
              F.maxPoolingNd(
                  in[0],
                  Opts.ints(o, "ksize"),
                  Opts.ints(o, "stride"),
                  Opts.ints(o, "pad"),
                  Opts.bool(o, "cover_all", true))
            });
  }

  @Override
  public String label() {
    return "max_pooling_nd";
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
    if (g == null) {
      int[] one = new int[ksize.length];
      Arrays.fill(one, 1);
      int[] sp = Arrays.copyOfRange(xs, 2, xs.length);
      g = ConvGeometry.of(label(), sp, ksize, stride, pad, one, coverAll);
    }
    if (argmax == null && Config.useKernels()) {
      NdArray[] r = x.backend().maxPooling(x, g.window(coverAll));
      if (r != null) {
        indexes = r[1];
        return new NdArray[] {r[0]};
      }
    }
    // −∞ padding never wins the max; with fixed positions (upsampling's gradient) a position on
    // padding must read 0, the value col2im dropped there
    NdArray col = Im2Col.gather(x, g, argmax == null ? Double.NEGATIVE_INFINITY : 0);
    if (argmax == null) {
      argmax = x.backend().argReduce(ReduceOp.MAX, col, 2);
    }
    NdArray y = x.backend().selectAlongAxis(col, argmax, 2); // (N, Out, C)
    return new NdArray[] {PoolShapes.toChannelsFirst(y, xs[0], xs[1], g.out())};
  }

  /**
   * The argmax of each window as Chainer's {@code return_indices} gives it: int32 {@code (N, C,
   * *Out)}, the flat offset inside the kernel window (available after the forward).
   */
  public NdArray indexes() {
    if (indexes == null) {
      int[] s = argmax.shape(); // (N, Out, C)
      indexes = PoolShapes.toChannelsFirst(argmax, s[0], s[2], g.out());
    }
    return indexes;
  }

  /** The argmax in the composite's window layout {@code (N, Out, C)}. */
  NdArray argmax() {
    if (argmax == null) {
      int[] s = indexes.shape();
      argmax = PoolShapes.toChannelsLast(indexes, s[0], s[1], g.outSize());
    }
    return argmax;
  }

  /** The window of the whole kernels (available after the forward). */
  Window window() {
    return g.window(coverAll);
  }

  /** The pooling geometry (available after the forward). */
  public ConvGeometry geometry() {
    return g;
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    int[] xs = inputs().get(0).shape();
    return new Variable[] {new MaxPoolingGrad(this, xs).applyOne(gy[0])};
  }
}
