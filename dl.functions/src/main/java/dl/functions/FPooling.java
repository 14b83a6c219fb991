package dl.functions;

import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.connection.ConvGeometry;
import dl.functions.pooling.AveragePoolingNd;
import dl.functions.pooling.MaxPoolingNd;
import dl.functions.pooling.RoiPooling2d;
import dl.functions.pooling.SpatialPyramidPooling2d;
import dl.functions.pooling.Unpooling2d;
import dl.functions.pooling.Upsampling2d;

/**
 * The pooling functions of {@link F}. Users call them as {@code F.name(...)}; the facade is split
 * into one class per category so that each stays small (the generated {@link F} delegates to it).
 * Public only so that method references such as {@code F::relu} link; call through {@code F}.
 */
final class FPooling {
  private FPooling() {}

  private static int spatial(String fn, Variable x, int nd) {
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

  /**
   * N-d max pooling with Chainer's arguments ({@code stride} null: the kernel size; {@code pad}
   * null: 0): {@code F.maxPoolingNd(x, new int[] {2, 2}, null, null, true)}.
   */
  public static Variable maxPoolingNd(
      Variable x, int[] ksize, int[] stride, int[] pad, boolean coverAll) {
    String fn = "max_pooling_nd";
    int nd = spatial(fn, x, 0);
    if (ksize == null) {
      throw new IllegalArgumentException(fn + ": ksize is required");
    }
    int[] k = FConnection.expand(fn, "ksize", ksize, nd, 1);
    int[] s = stride == null ? k : FConnection.expand(fn, "stride", stride, nd, 1);
    int[] p = FConnection.expand(fn, "pad", pad, nd, 0);
    return new MaxPoolingNd(k, s, p, coverAll).applyOne(x);
  }

  /** 1-d max pooling: {@code F.maxPooling1d(x, 2, 2, 0, true)}. */
  public static Variable maxPooling1d(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    spatial("max_pooling_1d", x, 1);
    return maxPoolingNd(x, new int[] {ksize}, new int[] {stride}, new int[] {pad}, coverAll);
  }

  /** 2-d max pooling with stride = ksize, no pad, cover_all: {@code F.maxPooling2d(x, 2)}. */
  public static Variable maxPooling2d(Variable x, int ksize) {
    return maxPooling2d(x, ksize, ksize, 0, true);
  }

  /** 2-d max pooling: {@code F.maxPooling2d(x, 3, 2, 1, true)}. */
  public static Variable maxPooling2d(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    spatial("max_pooling_2d", x, 2);
    return maxPoolingNd(x, new int[] {ksize}, new int[] {stride}, new int[] {pad}, coverAll);
  }

  /** 3-d max pooling: {@code F.maxPooling3d(x, 2, 2, 0, true)}. */
  public static Variable maxPooling3d(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    spatial("max_pooling_3d", x, 3);
    return maxPoolingNd(x, new int[] {ksize}, new int[] {stride}, new int[] {pad}, coverAll);
  }

  /**
   * N-d average pooling ({@code ignorePad}: Chainer's {@code pad_value=None}, dividing by the
   * elements inside the input; otherwise padding counts as zeros): {@code F.averagePoolingNd(x, new
   * int[] {2, 2}, null, null, false)}.
   */
  public static Variable averagePoolingNd(
      Variable x, int[] ksize, int[] stride, int[] pad, boolean ignorePad) {
    String fn = "average_pooling_nd";
    int nd = spatial(fn, x, 0);
    if (ksize == null) {
      throw new IllegalArgumentException(fn + ": ksize is required");
    }
    int[] k = FConnection.expand(fn, "ksize", ksize, nd, 1);
    int[] s = stride == null ? k : FConnection.expand(fn, "stride", stride, nd, 1);
    int[] p = FConnection.expand(fn, "pad", pad, nd, 0);
    return new AveragePoolingNd(k, s, p, ignorePad).applyOne(x);
  }

  /** 1-d average pooling: {@code F.averagePooling1d(x, 2, 2, 0)}. */
  public static Variable averagePooling1d(Variable x, int ksize, int stride, int pad) {
    spatial("average_pooling_1d", x, 1);
    return averagePoolingNd(x, new int[] {ksize}, new int[] {stride}, new int[] {pad}, false);
  }

  /**
   * 2-d average pooling (padding counts as zeros, as Chainer): {@code F.averagePooling2d(x, 2, 2,
   * 0)}.
   */
  public static Variable averagePooling2d(Variable x, int ksize, int stride, int pad) {
    spatial("average_pooling_2d", x, 2);
    return averagePoolingNd(x, new int[] {ksize}, new int[] {stride}, new int[] {pad}, false);
  }

  /** 3-d average pooling: {@code F.averagePooling3d(x, 2, 2, 0)}. */
  public static Variable averagePooling3d(Variable x, int ksize, int stride, int pad) {
    spatial("average_pooling_3d", x, 3);
    return averagePoolingNd(x, new int[] {ksize}, new int[] {stride}, new int[] {pad}, false);
  }

  /**
   * 2-d max pooling that also returns Chainer's {@code return_indices} (int32 window offsets, no
   * gradient): {@code Variable[] yi = F.maxPooling2dWithIndexes(x, 2, 2, 0, true)}.
   */
  public static Variable[] maxPooling2dWithIndexes(
      Variable x, int ksize, int stride, int pad, boolean coverAll) {
    spatial("max_pooling_2d", x, 2);
    int[] k = {ksize, ksize};
    MaxPoolingNd f =
        new MaxPoolingNd(k, new int[] {stride, stride}, new int[] {pad, pad}, coverAll);
    Variable y = f.applyOne(x);
    return new Variable[] {y, new Variable(f.indexes(), null, false)};
  }

  /**
   * The geometry from an output of {@code (outH, outW)} (or Chainer's deconv size) to {@code x}.
   */
  private static ConvGeometry upGeometry(
      String fn, Variable x, int k, int s, int p, int outH, int outW, boolean coverAll) {
    spatial(fn, x, 2);
    int[] in = {x.shape()[2], x.shape()[3]};
    int[] out = {outH, outW};
    for (int a = 0; a < 2; a++) {
      if (out[a] < 0) {
        out[a] = ConvGeometry.deconvOutSize(in[a], k, s, p, coverAll, 1);
      }
      int plain = ConvGeometry.outSize(out[a], k, s, p, false, 1);
      int cover = ConvGeometry.outSize(out[a], k, s, p, true, 1);
      if (k <= 0 || s <= 0 || p < 0 || out[a] <= 0 || (plain != in[a] && cover != in[a])) {
        throw new dl.api.InvalidTypeException(
            fn
                + ": invalid argument x (input 0)\nExpect: pooling an output of size "
                + out[a]
                + " (ksize "
                + k
                + ", stride "
                + s
                + ", pad "
                + p
                + ") gives x's size on spatial axis "
                + a
                + "\nActual: x.shape["
                + (a + 2)
                + "] == "
                + in[a]);
      }
    }
    return ConvGeometry.withOut(
        out, new int[] {k, k}, new int[] {s, s}, new int[] {p, p}, new int[] {1, 1}, in);
  }

  /** Unpooling with stride = ksize, Chainer's cover_all true: {@code F.unpooling2d(x, 2)}. */
  public static Variable unpooling2d(Variable x, int ksize) {
    return unpooling2d(x, ksize, ksize, 0, -1, -1, true);
  }

  /**
   * Unpooling ({@code outH, outW} negative: Chainer's {@code get_deconv_outsize}): {@code
   * F.unpooling2d(x, 2, 2, 0, -1, -1, false)}.
   */
  public static Variable unpooling2d(
      Variable x, int ksize, int stride, int pad, int outH, int outW, boolean coverAll) {
    ConvGeometry g = upGeometry("unpooling_2d", x, ksize, stride, pad, outH, outW, coverAll);
    return new Unpooling2d(g).applyOne(x);
  }

  /**
   * Upsampling with max-pooling indexes ({@code outH, outW} negative: Chainer's deconv size):
   * {@code F.upsampling2d(y, idx, 2, 2, 0, 28, 28, true)}.
   */
  public static Variable upsampling2d(
      Variable x,
      dl.api.NdArray indexes,
      int ksize,
      int stride,
      int pad,
      int outH,
      int outW,
      boolean coverAll) {
    ConvGeometry g = upGeometry("upsampling_2d", x, ksize, stride, pad, outH, outW, coverAll);
    return new Upsampling2d(g, indexes).applyOne(x);
  }

  /**
   * Spatial pyramid pooling ("max" or "average"): {@code F.spatialPyramidPooling2d(x, 3, "max")}.
   */
  public static Variable spatialPyramidPooling2d(Variable x, int pyramidHeight, String pooling) {
    return SpatialPyramidPooling2d.apply(x, pyramidHeight, pooling);
  }

  /**
   * ROI max pooling: {@code rois (R, 4)} as {@code (y_min, x_min, y_max, x_max)}, {@code roiIndices
   * (R)} int32: {@code F.roiPooling2d(x, rois, roiIndices, 7, 7, 0.0625)}.
   */
  public static Variable roiPooling2d(
      Variable x, Variable rois, Variable roiIndices, int outH, int outW, double spatialScale) {
    return new RoiPooling2d(outH, outW, spatialScale).applyOne(x, rois, roiIndices);
  }

  /**
   * Chainer's {@code roi_pooling_2d(x, rois, outh, outw, spatial_scale)}: {@code rois (R, 5)} as
   * {@code (batch_index, x_min, y_min, x_max, y_max)}, in input pixels before {@code spatialScale}:
   * {@code F.roiPooling2d(x, rois, 7, 7, 0.0625)}. Like Chainer, no gradient flows into {@code
   * rois}.
   */
  public static Variable roiPooling2d(
      Variable x, Variable rois, int outH, int outW, double spatialScale) {
    NdArray r = rois.array();
    if (r.ndim() != 2 || r.shape()[1] != 5) {
      throw new dl.api.InvalidTypeException(
          "roi_pooling_2d: rois must be (R, 5) = (batch_index, x_min, y_min, x_max, y_max)"
              + "\nExpect: rois.shape == (R, 5)\nActual: rois.shape == "
              + dl.api.Shapes.str(r.shape()));
    }
    int n = r.shape()[0];
    double[] v = r.toDoubleArray();
    double[] boxes = new double[n * 4];
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = (int) v[i * 5];
      boxes[i * 4] = v[i * 5 + 2]; // y_min
      boxes[i * 4 + 1] = v[i * 5 + 1]; // x_min
      boxes[i * 4 + 2] = v[i * 5 + 4]; // y_max
      boxes[i * 4 + 3] = v[i * 5 + 3]; // x_max
    }
    dl.api.Backend b = r.backend();
    Variable yx = new Variable(b.astype(b.fromArray(boxes, n, 4), r.dtype()), "rois", false);
    Variable idx = new Variable(b.fromArray(index, n), "roi_indices", false);
    return roiPooling2d(x, yx, idx, outH, outW, spatialScale);
  }
}
