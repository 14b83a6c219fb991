package dl.functions;

import dl.api.Variable;
import dl.functions.array.Index;
import dl.functions.connection.Bilinear;
import dl.functions.connection.ConvolutionNd;
import dl.functions.connection.DeconvolutionNd;
import dl.functions.connection.EmbedId;
import dl.functions.connection.Linear;
import java.util.Arrays;

/**
 * The connections (linear, convolutions, embeddings) of {@link F}. Users call them as {@code
 * F.name(...)}; the facade is split into one class per category so that each stays small (the
 * generated {@link F} delegates to it).
 */
final class FConnection {
  private FConnection() {}

  /** {@code x·Wᵀ}: {@code F.linear(x, W)}. */
  public static Variable linear(Variable x, Variable w) {
    return linear(x, w, null, 1);
  }

  /** {@code x·Wᵀ + b} ({@code b} may be null): {@code F.linear(x, W, b)}. */
  public static Variable linear(Variable x, Variable w, Variable b) {
    return linear(x, w, b, 1);
  }

  /**
   * {@code x·Wᵀ + b}, with the first {@code nBatchAxes} axes of {@code x} as batch axes and the
   * rest flattened (Chainer's {@code n_batch_axes}): {@code F.linear(images, W, b, 1)}.
   */
  public static Variable linear(Variable x, Variable w, Variable b, int nBatchAxes) {
    int[] s = x.shape();
    if (nBatchAxes < 1 || nBatchAxes >= s.length) {
      throw new IllegalArgumentException(
          "linear: n_batch_axes must be in [1, x.ndim) = [1, " + s.length + "), got " + nBatchAxes);
    }
    boolean flat = s.length == nBatchAxes + 1 && nBatchAxes == 1;
    int rows = 1;
    for (int i = 0; i < nBatchAxes; i++) {
      rows *= s[i];
    }
    Variable x2 = flat ? x : F.reshape(x, rows, x.size() / Math.max(1, rows));
    Variable y = b == null ? new Linear().applyOne(x2, w) : new Linear().applyOne(x2, w, b);
    if (flat) {
      return y;
    }
    int[] out = Arrays.copyOf(s, nBatchAxes + 1);
    out[nBatchAxes] = w.shape()[0];
    return F.reshape(y, out);
  }

  /** An int option expanded to {@code nd} axes: null gives {@code dflt}, one value repeats. */
  static int[] expand(String fn, String name, int[] v, int nd, int dflt) {
    if (v == null) {
      int[] r = new int[nd];
      Arrays.fill(r, dflt);
      return r;
    }
    if (v.length == 1 && nd != 1) {
      int[] r = new int[nd];
      Arrays.fill(r, v[0]);
      return r;
    }
    if (v.length != nd) {
      throw new IllegalArgumentException(
          fn + ": " + name + " needs 1 or " + nd + " values, got " + Arrays.toString(v));
    }
    return v.clone();
  }

  private static int spatialDims(String fn, Variable x, int nd) {
    int d = x.shape().length - 2;
    if (d < 1 || (nd > 0 && d != nd)) {
      throw new dl.api.InvalidTypeException(
          fn
              + ": invalid argument x (input 0)\nExpect: x.ndim == "
              + (nd > 0 ? nd + 2 : ">= 3")
              + "\nActual: x.ndim == "
              + x.shape().length);
    }
    return d;
  }

  /** Channels {@code [g·per, (g+1)·per)} of {@code v} along {@code axis}. */
  private static Variable channels(Variable v, int axis, int g, int per) {
    Index[] idx = new Index[axis + 1];
    Arrays.fill(idx, Index.all());
    idx[axis] = Index.slice(g * per, (g + 1) * per);
    return F.getItem(v, idx);
  }

  /**
   * N-d convolution with Chainer's arguments ({@code null} arrays take the defaults stride 1, pad
   * 0, dilate 1): {@code F.convolutionNd(x, W, b, new int[] {1, 1}, new int[] {1, 1}, false, null,
   * 1)}.
   */
  public static Variable convolutionNd(
      Variable x,
      Variable w,
      Variable b,
      int[] stride,
      int[] pad,
      boolean coverAll,
      int[] dilate,
      int groups) {
    String fn = "convolution_nd";
    int nd = spatialDims(fn, x, 0);
    int[] s = expand(fn, "stride", stride, nd, 1);
    int[] p = expand(fn, "pad", pad, nd, 0);
    int[] d = expand(fn, "dilate", dilate, nd, 1);
    if (groups == 1) {
      return conv1(new ConvolutionNd(s, p, d, coverAll), x, w, b);
    }
    int c = x.shape()[1];
    int oc = w.shape()[0];
    if (groups < 1 || c % groups != 0 || oc % groups != 0) {
      throw new IllegalArgumentException(
          fn + ": groups (" + groups + ") must divide the channels " + c + " and " + oc);
    }
    Variable[] ys = new Variable[groups];
    for (int g = 0; g < groups; g++) {
      Variable bg = b == null ? null : channels(b, 0, g, oc / groups);
      ys[g] =
          conv1(
              new ConvolutionNd(s, p, d, coverAll),
              channels(x, 1, g, c / groups),
              channels(w, 0, g, oc / groups),
              bg);
    }
    return F.concat(ys, 1);
  }

  private static Variable conv1(dl.api.FunctionNode f, Variable x, Variable w, Variable b) {
    return b == null ? f.applyOne(x, w) : f.applyOne(x, w, b);
  }

  /** 1-d convolution: {@code F.convolution1d(x, W, b, 1, 0)} ({@code b} may be null). */
  public static Variable convolution1d(Variable x, Variable w, Variable b, int stride, int pad) {
    spatialDims("convolution_1d", x, 1);
    return convolutionNd(x, w, b, new int[] {stride}, new int[] {pad}, false, null, 1);
  }

  /** 2-d convolution: {@code F.convolution2d(x, W, b, 1, 1)} ({@code b} may be null). */
  public static Variable convolution2d(Variable x, Variable w, Variable b, int stride, int pad) {
    spatialDims("convolution_2d", x, 2);
    return convolutionNd(x, w, b, new int[] {stride}, new int[] {pad}, false, null, 1);
  }

  /** 2-d convolution with stride 1 and no padding: {@code F.convolution2d(x, W, b)}. */
  public static Variable convolution2d(Variable x, Variable w, Variable b) {
    return convolution2d(x, w, b, 1, 0);
  }

  /**
   * 2-d convolution with every Chainer option: {@code F.convolution2d(x, W, b, 1, 1, false, 1, 1)}.
   */
  public static Variable convolution2d(
      Variable x,
      Variable w,
      Variable b,
      int stride,
      int pad,
      boolean coverAll,
      int dilate,
      int groups) {
    spatialDims("convolution_2d", x, 2);
    return convolutionNd(
        x, w, b, new int[] {stride}, new int[] {pad}, coverAll, new int[] {dilate}, groups);
  }

  /** 3-d convolution: {@code F.convolution3d(x, W, b, 1, 0)} ({@code b} may be null). */
  public static Variable convolution3d(Variable x, Variable w, Variable b, int stride, int pad) {
    spatialDims("convolution_3d", x, 3);
    return convolutionNd(x, w, b, new int[] {stride}, new int[] {pad}, false, null, 1);
  }

  /** Dilated 2-d convolution: {@code F.dilatedConvolution2d(x, W, b, 1, 2, 2)}. */
  public static Variable dilatedConvolution2d(
      Variable x, Variable w, Variable b, int stride, int pad, int dilate) {
    spatialDims("dilated_convolution_2d", x, 2);
    return convolutionNd(
        x, w, b, new int[] {stride}, new int[] {pad}, false, new int[] {dilate}, 1);
  }

  /**
   * Depthwise 2-d convolution, {@code W (multiplier, C, kh, kw)}, output channel {@code
   * c·multiplier + m} (Chainer's layout): {@code F.depthwiseConvolution2d(x, W, b, 1, 1)}.
   */
  public static Variable depthwiseConvolution2d(
      Variable x, Variable w, Variable b, int stride, int pad) {
    spatialDims("depthwise_convolution_2d", x, 2);
    int[] ws = w.shape();
    if (ws.length != 4 || ws[1] != x.shape()[1]) {
      throw new dl.api.InvalidTypeException(
          "depthwise_convolution_2d: invalid argument W (input 1)\nExpect: W.shape == "
              + "(multiplier, x.shape[1] = "
              + x.shape()[1]
              + ", kh, kw)\nActual: W.shape == "
              + dl.api.Shapes.str(ws));
    }
    // (m, C, kh, kw) -> (C, m, kh, kw) -> (C·m, 1, kh, kw): a grouped convolution with C groups
    Variable wg = F.reshape(F.transpose(w, 1, 0, 2, 3), ws[1] * ws[0], 1, ws[2], ws[3]);
    return convolutionNd(x, wg, b, new int[] {stride}, new int[] {pad}, false, null, ws[1]);
  }

  /**
   * N-d transposed convolution ({@code outsize} null: Chainer's {@code get_deconv_outsize}): {@code
   * F.deconvolutionNd(x, W, b, new int[] {2, 2}, null, null, null, 1)}.
   */
  public static Variable deconvolutionNd(
      Variable x,
      Variable w,
      Variable b,
      int[] stride,
      int[] pad,
      int[] outsize,
      int[] dilate,
      int groups) {
    String fn = "deconvolution_nd";
    int nd = spatialDims(fn, x, 0);
    int[] s = expand(fn, "stride", stride, nd, 1);
    int[] p = expand(fn, "pad", pad, nd, 0);
    int[] d = expand(fn, "dilate", dilate, nd, 1);
    int[] o = outsize == null ? null : expand(fn, "outsize", outsize, nd, 0);
    if (groups == 1) {
      return conv1(new DeconvolutionNd(s, p, d, o), x, w, b);
    }
    int c = x.shape()[1];
    int ocg = w.shape()[1];
    if (groups < 1 || c % groups != 0) {
      throw new IllegalArgumentException(
          fn + ": groups (" + groups + ") must divide the input channels " + c);
    }
    Variable[] ys = new Variable[groups];
    for (int g = 0; g < groups; g++) {
      Variable bg = b == null ? null : channels(b, 0, g, ocg);
      ys[g] =
          conv1(
              new DeconvolutionNd(s, p, d, o),
              channels(x, 1, g, c / groups),
              channels(w, 0, g, c / groups),
              bg);
    }
    return F.concat(ys, 1);
  }

  /** 1-d transposed convolution: {@code F.deconvolution1d(x, W, b, 2, 0)}. */
  public static Variable deconvolution1d(Variable x, Variable w, Variable b, int stride, int pad) {
    spatialDims("deconvolution_1d", x, 1);
    return deconvolutionNd(x, w, b, new int[] {stride}, new int[] {pad}, null, null, 1);
  }

  /** 2-d transposed convolution: {@code F.deconvolution2d(x, W, b, 2, 0)}. */
  public static Variable deconvolution2d(Variable x, Variable w, Variable b, int stride, int pad) {
    spatialDims("deconvolution_2d", x, 2);
    return deconvolutionNd(x, w, b, new int[] {stride}, new int[] {pad}, null, null, 1);
  }

  /** 2-d transposed convolution to a given size: {@code F.deconvolution2d(x, W, b, 2, 0, 8, 8)}. */
  public static Variable deconvolution2d(
      Variable x, Variable w, Variable b, int stride, int pad, int outH, int outW) {
    spatialDims("deconvolution_2d", x, 2);
    return deconvolutionNd(
        x, w, b, new int[] {stride}, new int[] {pad}, new int[] {outH, outW}, null, 1);
  }

  /** 3-d transposed convolution: {@code F.deconvolution3d(x, W, b, 2, 0)}. */
  public static Variable deconvolution3d(Variable x, Variable w, Variable b, int stride, int pad) {
    spatialDims("deconvolution_3d", x, 3);
    return deconvolutionNd(x, w, b, new int[] {stride}, new int[] {pad}, null, null, 1);
  }

  /** Embedding lookup of int32 ids: {@code F.embedId(ids, W)}. */
  public static Variable embedId(Variable x, Variable w) {
    return embedId(x, w, null);
  }

  /**
   * Embedding lookup; ids equal to {@code ignoreLabel} give zero rows: {@code F.embedId(ids, W,
   * -1)}.
   */
  public static Variable embedId(Variable x, Variable w, Integer ignoreLabel) {
    return new EmbedId(ignoreLabel).applyOne(x, w);
  }

  /** Bilinear form without the linear terms: {@code F.bilinear(e1, e2, W)}. */
  public static Variable bilinear(Variable e1, Variable e2, Variable w) {
    return new Bilinear().applyOne(e1, e2, w);
  }

  /** Bilinear form with the linear terms and bias: {@code F.bilinear(e1, e2, W, V1, V2, b)}. */
  public static Variable bilinear(
      Variable e1, Variable e2, Variable w, Variable v1, Variable v2, Variable b) {
    return new Bilinear().applyOne(e1, e2, w, v1, v2, b);
  }
}
