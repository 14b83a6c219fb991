package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Resizes images (N, C, H, W) to (N, C, out_h, out_w) by bilinear interpolation (Chainer's {@code
 * resize_images}, mode "bilinear"). With {@code alignCorners} (Chainer's default) source
 * coordinates are {@code linspace(0, H - 1, out_h)}; without, {@code max(0, (i + 0.5)·H/out_h -
 * 0.5)}. Each axis is two gathers ({@link Take}) blended with constant weights, so the gradient is
 * exact and differentiates again.
 *
 * <pre>{@code
 * Variable y = ResizeImages.apply(x, 4, 6, true);   // or F.resizeImages(x, 4, 6)
 * }</pre>
 */
public final class ResizeImages {
  private ResizeImages() {}

  /**
   * Registered as {@code "resize_images"}; options {@code output_shape} (int pair, required),
   * {@code mode} ("bilinear" or "nearest"), {@code align_corners} (true; bilinear only).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "resize_images",
        (o, in) -> {
          String mode = Opts.string(o, "mode", "bilinear");
          int[] s = Opts.ints(o, "output_shape");
          boolean align = Opts.bool(o, "align_corners", true);
          return new Variable[] {apply(in[0], s[0], s[1], mode, align)};
        });
  }

  /**
   * Chainer's {@code resize_images} in {@code mode} {@code "bilinear"} or {@code "nearest"}.
   * Nearest reads row {@code min(floor(i·H/outH), H − 1)} and column {@code min(floor(j·W/outW), W
   * − 1)} (Chainer 7.8.1's rule, which ignores {@code alignCorners}); its gradient sums into the
   * rows and columns read.
   */
  public static Variable apply(Variable x, int outH, int outW, String mode, boolean alignCorners) {
    if ("bilinear".equals(mode)) {
      return apply(x, outH, outW, alignCorners);
    }
    if (!"nearest".equals(mode)) {
      throw new IllegalArgumentException(
          "resize_images: mode must be \"bilinear\" or \"nearest\", got \"" + mode + "\"");
    }
    int[] s = x.shape();
    check(s, outH, outW);
    Variable rows = F.getItem(x, Index.all(), Index.all(), Index.array(nearest(s[2], outH)));
    return F.getItem(rows, Index.all(), Index.all(), Index.all(), Index.array(nearest(s[3], outW)));
  }

  private static void check(int[] s, int outH, int outW) {
    if (s.length != 4 || outH <= 0 || outW <= 0 || s[2] <= 0 || s[3] <= 0) {
      throw InvalidTypeException.of(
          "resize_images",
          "x",
          0,
          "x.ndim == 4 with H, W > 0 and output_shape > 0 (" + outH + ", " + outW + ")",
          "x.shape == " + Shapes.str(s));
    }
  }

  private static int[] nearest(int in, int out) {
    double scale = (double) in / out;
    int[] idx = new int[out];
    for (int i = 0; i < out; i++) {
      idx[i] = (int) Math.min(Math.floor(i * scale), in - 1);
    }
    return idx;
  }

  public static Variable apply(Variable x, int outH, int outW, boolean alignCorners) {
    check(x.shape(), outH, outW);
    return along(along(x, 2, outH, alignCorners), 3, outW, alignCorners);
  }

  private static Variable along(Variable x, int axis, int out, boolean align) {
    int n = x.shape()[axis];
    int[] lo = new int[out];
    int[] hi = new int[out];
    double[] w = new double[out];
    for (int i = 0; i < out; i++) {
      double v =
          align
              ? (out > 1 ? i * (n - 1.0) / (out - 1) : 0)
              : Math.max(0, (i + 0.5) * n / out - 0.5);
      lo[i] = (int) Math.floor(v);
      w[i] = v - lo[i];
      hi[i] = Math.min(lo[i] + 1, n - 1);
    }
    var b = x.array().backend();
    int[] ws = {1, 1, 1, 1};
    ws[axis] = out;
    NdArray wHi = b.fromArray(w, ws).astype(x.dtype());
    NdArray wLo = b.binaryScalar(dl.api.BinaryOp.SUB, wHi, 1, true);
    Variable a = new Take(b.fromArray(lo, out), axis).applyOne(x);
    Variable c = new Take(b.fromArray(hi, out), axis).applyOne(x);
    return F.add(
        F.mul(a, F.broadcastTo(Variable.constant(wLo), a.shape())),
        F.mul(c, F.broadcastTo(Variable.constant(wHi), c.shape())));
  }
}
