package dl.functions.connection;

import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.Window;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * N-d transposed convolution (Chainer's {@code deconvolution_nd} with one group): {@code x (N, IC,
 * *S)}, {@code W (IC, OC, *k)}, optional {@code b (OC)}; the output size is {@code outsize} or
 * Chainer's {@code get_deconv_outsize}. Forward is one GEMM {@code x·W} into columns and a col2im
 * scatter; backward is {@code gx} by {@link ConvolutionNd}, {@code gW} by {@link ConvolutionGradW}.
 *
 * <pre>{@code
 * Variable y = F.deconvolution2d(x, W, b, 2, 0);   // doubles the spatial size with a 2x2 kernel
 * }</pre>
 */
public final class DeconvolutionNd extends FunctionNode {
  private final int[] stride;
  private final int[] pad;
  private final int[] dilate;
  private final int[] outsize;

  /** {@code outsize} may be null: Chainer's {@code get_deconv_outsize} without cover_all. */
  public DeconvolutionNd(int[] stride, int[] pad, int[] dilate, int[] outsize) {
    this.stride = stride.clone();
    this.pad = pad.clone();
    this.dilate = dilate.clone();
    this.outsize = outsize == null ? null : outsize.clone();
  }

  /**
   * Registered as {@code "deconvolution_nd"}: inputs {@code x, W[, b]}; options {@code stride} (1),
   * {@code pad} (0), {@code outsize} (null), {@code dilate} (1), {@code groups} (1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "deconvolution_nd",
        (o, in) ->
            new Variable[] {
              F.deconvolutionNd(
                  in[0],
                  in[1],
                  in.length > 2 ? in[2] : null,
                  Opts.ints(o, "stride"),
                  Opts.ints(o, "pad"),
                  Opts.ints(o, "outsize"),
                  Opts.ints(o, "dilate"),
                  Opts.integer(o, "groups", 1))
            });
  }

  @Override
  public String label() {
    return "deconvolution_nd";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    ConvolutionNd.checkConv(label(), in, 0);
    geometry(in[0].shape(), in[1].shape());
  }

  /** The convolution geometry whose input is this output; {@code coverAll} picked to match. */
  private ConvGeometry geometry(int[] xs, int[] ws) {
    int nd = xs.length - 2;
    int[] k = Arrays.copyOfRange(ws, 2, ws.length);
    int[] in = Arrays.copyOfRange(xs, 2, xs.length);
    int[] out = new int[nd];
    for (int i = 0; i < nd; i++) {
      out[i] =
          outsize != null
              ? outsize[i]
              : ConvGeometry.deconvOutSize(in[i], k[i], stride[i], pad[i], false, dilate[i]);
      int plain = ConvGeometry.outSize(out[i], k[i], stride[i], pad[i], false, dilate[i]);
      int cover = ConvGeometry.outSize(out[i], k[i], stride[i], pad[i], true, dilate[i]);
      if (out[i] <= 0 || (plain != in[i] && cover != in[i])) {
        throw InvalidTypeException.of(
            label(),
            "x",
            0,
            "get_conv_outsize(outsize " + out[i] + ") == x.shape[" + (i + 2) + "] on axis " + i,
            "x.shape[" + (i + 2) + "] == " + in[i]);
      }
    }
    return ConvGeometry.withOut(out, k, stride, pad, dilate, in);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    NdArray x = in[0];
    NdArray w = in[1];
    int[] xs = x.shape();
    int n = xs[0];
    int oc = w.shape()[1];
    ConvGeometry g = geometry(xs, w.shape());
    int[] shape = new int[2 + g.nd()];
    shape[0] = n;
    shape[1] = oc;
    System.arraycopy(g.in(), 0, shape, 2, g.nd());
    // the transposed convolution is the convolution's gradient in its input: the whole kernel
    NdArray y =
        Config.useKernels()
            ? x.backend()
                .convolutionGradData(x, w, shape, Window.of(g.ksize(), stride, pad, dilate, false))
            : null;
    if (y == null) {
      y = composite(x, w, g, shape);
    }
    if (in.length == 3) {
      int[] bs = new int[shape.length];
      Arrays.fill(bs, 1);
      bs[1] = oc;
      x.backend().binaryInto(dl.api.BinaryOp.ADD, y, in[2].reshape(bs));
    }
    return new NdArray[] {y};
  }

  /** One GEMM into columns and a col2im scatter. */
  private static NdArray composite(NdArray x, NdArray w, ConvGeometry g, int[] shape) {
    int[] xs = x.shape();
    int n = xs[0];
    int ic = xs[1];
    int oc = w.shape()[1];
    int ns = g.outSize(); // the windows of the geometry are this function's input positions
    int nk = g.kSize();
    NdArray wc = oc == 1 ? w.reshape(ic, nk) : w.reshape(ic, oc, nk).transpose(0, 2, 1);
    NdArray col;
    if (ic >= ConvolutionNd.FLAT_GEMM_MIN_K) { // one batch-wide GEMM after transposing x
      NdArray xt = x.reshape(n, ic, ns).transpose(0, 2, 1).reshape(n * ns, ic);
      col = xt.matmul(wc.reshape(ic, nk * oc), false, false);
    } else { // per image xᵀ·W with W broadcast over the batch: no transpose of x
      col = x.reshape(n, ic, ns).matmul(wc.reshape(1, ic, nk * oc), true, false);
    }
    return Im2Col.scatter(col.reshape(n, ns, nk, oc), g, shape);
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xw = retainedInputs();
    Variable x = xw[0];
    Variable w = xw[1];
    int[] xs = x.shape();
    int[] ws = w.shape();
    int[] k = Arrays.copyOfRange(ws, 2, ws.length);
    int[] gs = gy[0].shape();
    boolean cover = false;
    for (int i = 0; i < k.length; i++) {
      cover |=
          ConvGeometry.outSize(gs[i + 2], k[i], stride[i], pad[i], false, dilate[i]) != xs[i + 2];
    }
    Variable[] gx = new Variable[inputs().size()];
    for (int t : targets) {
      if (t == 0) {
        gx[0] = new ConvolutionNd(stride, pad, dilate, cover).applyOne(gy[0], w);
      } else if (t == 1) {
        gx[1] = new ConvolutionGradW(k, stride, pad, dilate, cover).applyOne(gy[0], x);
      } else {
        gx[2] = ConvolutionNd.sumBias(gy[0]);
      }
    }
    return gx;
  }
}
