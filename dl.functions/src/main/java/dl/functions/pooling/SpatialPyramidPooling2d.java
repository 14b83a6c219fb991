package dl.functions.pooling;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Spatial pyramid pooling (He et al., 2014; Chainer's {@code spatial_pyramid_pooling_2d}): for
 * levels {@code 0 .. pyramidHeight−1}, {@code 2^level} bins per side pooled ({@code "max"} with
 * cover_all, or {@code "average"}) with kernel {@code ceil(H/bins)}, stride = kernel and pad {@code
 * (kernel·bins − H)/2}; each level flattened to {@code (N, C·bins², 1, 1)} and concatenated along
 * axis 1. A composite of pooling functions, so its gradients come from theirs.
 *
 * <pre>{@code
 * Variable y = F.spatialPyramidPooling2d(x, 3, "max");   // (N, 21·C, 1, 1)
 * }</pre>
 */
public final class SpatialPyramidPooling2d {
  private SpatialPyramidPooling2d() {}

  /**
   * Registered as {@code "spatial_pyramid_pooling_2d"}: input {@code x}; options {@code
   * pyramid_height} (required), {@code pooling} ("max").
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "spatial_pyramid_pooling_2d",
        (o, in) ->
            new Variable[] {
              apply(in[0], Opts.integer(o, "pyramid_height", 1), Opts.string(o, "pooling", "max"))
            });
  }

  /** The pyramid of {@code x (N, C, H, W)}. */
  public static Variable apply(Variable x, int pyramidHeight, String pooling) {
    if (!"max".equals(pooling) && !"average".equals(pooling)) {
      throw new IllegalArgumentException(
          "spatial_pyramid_pooling_2d: pooling must be \"max\" or \"average\", got " + pooling);
    }
    if (pyramidHeight < 1 || x.shape().length != 4) {
      throw new IllegalArgumentException(
          "spatial_pyramid_pooling_2d: needs a 4-d x and pyramid_height >= 1, got x.ndim "
              + x.shape().length
              + ", pyramid_height "
              + pyramidHeight);
    }
    int h = x.shape()[2];
    int w = x.shape()[3];
    Variable[] ys = new Variable[pyramidHeight];
    for (int level = 0; level < pyramidHeight; level++) {
      int bins = 1 << level;
      int kh = (h + bins - 1) / bins;
      int kw = (w + bins - 1) / bins;
      int[] k = {kh, kw};
      int[] pad = {(kh * bins - h) / 2, (kw * bins - w) / 2};
      Variable y =
          "max".equals(pooling)
              ? F.maxPoolingNd(x, k, k, pad, true)
              : F.averagePoolingNd(x, k, k, pad, false);
      int[] s = y.shape();
      ys[level] = F.reshape(y, s[0], s[1] * s[2] * s[3], 1, 1);
    }
    return pyramidHeight == 1 ? ys[0] : F.concat(ys, 1);
  }
}
