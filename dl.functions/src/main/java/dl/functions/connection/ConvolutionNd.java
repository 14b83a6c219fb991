package dl.functions.connection;

import dl.api.BinaryOp;
import dl.api.Config;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.Window;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * N-d convolution (Chainer's {@code convolution_nd} with one group; {@link F#convolutionNd} splits
 * groups): {@code x (N, C, *S)}, {@code W (OC, C, *k)}, optional {@code b (OC)}. Forward is the
 * backend's whole {@code convolution} kernel where it offers one, else im2col (one gather, {@link
 * Im2Col#gather}) and one GEMM over the whole batch; backward is {@code gx} by {@link
 * DeconvolutionNd}, {@code gW} by {@link ConvolutionGradW}, {@code gb} by a sum — all functions, so
 * double backprop works.
 *
 * <pre>{@code
 * Variable y = new ConvolutionNd(new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, false)
 *     .applyOne(x, W, b);   // or F.convolution2d(x, W, b, 1, 1)
 * }</pre>
 */
public final class ConvolutionNd extends FunctionNode {
  /** Inner GEMM dimension from which one batch-wide GEMM beats per-image ones (measured). */
  static final int FLAT_GEMM_MIN_K = 32;

  final int[] stride;
  final int[] pad;
  final int[] dilate;
  final boolean coverAll;

  public ConvolutionNd(int[] stride, int[] pad, int[] dilate, boolean coverAll) {
    this.stride = stride.clone();
    this.pad = pad.clone();
    this.dilate = dilate.clone();
    this.coverAll = coverAll;
  }

  /**
   * Registered as {@code "convolution_nd"}: inputs {@code x, W[, b]}; options {@code stride} (1),
   * {@code pad} (0), {@code cover_all} (false), {@code dilate} (1), {@code groups} (1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "convolution_nd",
        (o, in) ->
            new Variable[] {
              F.convolutionNd(
                  in[0],
                  in[1],
                  in.length > 2 ? in[2] : null,
                  Opts.ints(o, "stride"),
                  Opts.ints(o, "pad"),
                  Opts.bool(o, "cover_all", false),
                  Opts.ints(o, "dilate"),
                  Opts.integer(o, "groups", 1))
            });
  }

  @Override
  public String label() {
    return "convolution_nd";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    checkConv(label(), in, 1);
    geometry(in[0], in[1].shape());
  }

  /** Shared checks: {@code x (N, C, *S)}, {@code W} with C on axis {@code wChannelAxis}, bias. */
  static void checkConv(String fn, NdArray[] in, int wChannelAxis) {
    if (in.length < 2 || in.length > 3) {
      throw new InvalidTypeException(
          fn + ": expects inputs x, W and optionally b, got " + in.length);
    }
    Check.floating(fn, "x", 0, in[0]);
    Check.minNdim(fn, "x", 0, in[0], 3);
    Check.sameDtype(fn, "x", in[0], "W", 1, in[1]);
    Check.ndim(fn, "W", 1, in[1], in[0].ndim());
    if (in[1].shape()[wChannelAxis] != in[0].shape()[1]) {
      throw InvalidTypeException.of(
          fn,
          "W",
          1,
          "W.shape[" + wChannelAxis + "] == x.shape[1] (" + in[0].shape()[1] + " channels)",
          "W.shape == " + Shapes.str(in[1].shape()));
    }
    if (in.length == 3) {
      Check.sameDtype(fn, "x", in[0], "b", 2, in[2]);
      int oc = in[1].shape()[1 - wChannelAxis];
      if (in[2].ndim() != 1 || in[2].shape()[0] != oc) {
        throw InvalidTypeException.of(
            fn, "b", 2, "b.shape == (" + oc + ",)", "b.shape == " + Shapes.str(in[2].shape()));
      }
    }
  }

  ConvGeometry geometry(NdArray x, int[] wShape) {
    int[] s = x.shape();
    return ConvGeometry.of(
        label(),
        Arrays.copyOfRange(s, 2, s.length),
        Arrays.copyOfRange(wShape, 2, wShape.length),
        stride,
        pad,
        dilate,
        coverAll);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    NdArray x = in[0];
    NdArray w = in[1];
    int n = x.shape()[0];
    int c = x.shape()[1];
    int oc = w.shape()[0];
    ConvGeometry g = geometry(x, w.shape());
    NdArray whole =
        Config.useKernels()
            ? x.backend().convolution(x, w, in.length == 3 ? in[2] : null, window(g))
            : null;
    if (whole != null) { // the backend's whole kernel (cuDNN, the CPU's direct/GEMM kernels)
      return new NdArray[] {whole};
    }
    int no = g.outSize();
    int nk = g.kSize();
    NdArray col = Im2Col.gather(x, g, 0);
    NdArray wc = c == 1 ? w.reshape(oc, nk) : w.reshape(oc, c, nk).transpose(0, 2, 1);
    NdArray yt;
    if (nk * c >= FLAT_GEMM_MIN_K) {
      // one GEMM over the whole batch, then one transpose to channels-first: measured faster
      // than per-image GEMMs once the inner dimension is large
      NdArray y = col.reshape(n * no, nk * c).matmul(wc.reshape(oc, nk * c), false, true);
      if (in.length == 3) {
        x.backend().binaryInto(BinaryOp.ADD, y, in[2]);
      }
      yt = oc == 1 ? y : y.reshape(n, no, oc).transpose(0, 2, 1);
    } else {
      // tiny inner dimension (first layers): per-image W·colᵀ is already channels-first
      yt = wc.reshape(1, oc, nk * c).matmul(col.reshape(n, no, nk * c), false, true);
      if (in.length == 3) {
        x.backend().binaryInto(BinaryOp.ADD, yt, in[2].reshape(1, oc, 1));
      }
    }
    int[] shape = new int[2 + g.nd()];
    shape[0] = n;
    shape[1] = oc;
    System.arraycopy(g.out(), 0, shape, 2, g.nd());
    return new NdArray[] {yt.reshape(shape)};
  }

  private Window window(ConvGeometry g) {
    return Window.of(g.ksize(), stride, pad, dilate, coverAll);
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] xw = retainedInputs();
    Variable x = xw[0];
    Variable w = xw[1];
    int[] xs = x.shape();
    Variable[] gx = new Variable[inputs().size()];
    for (int t : targets) {
      if (t == 0) {
        int[] outsize = Arrays.copyOfRange(xs, 2, xs.length);
        gx[0] = new DeconvolutionNd(stride, pad, dilate, outsize).applyOne(gy[0], w);
      } else if (t == 1) {
        int[] ws = w.shape();
        gx[1] =
            new ConvolutionGradW(
                    Arrays.copyOfRange(ws, 2, ws.length), stride, pad, dilate, coverAll)
                .applyOne(x, gy[0]);
      } else {
        gx[2] = sumBias(gy[0]);
      }
    }
    return gx;
  }

  /** The bias gradient: {@code gy} summed over every axis but the channel axis. */
  static Variable sumBias(Variable gy) {
    int[] axes = new int[gy.shape().length - 1];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i == 0 ? 0 : i + 1;
    }
    return F.sum(gy, axes, false);
  }
}
