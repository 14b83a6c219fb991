package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.connection.ConvGeometry;
import dl.functions.internal.Opts;

/**
 * Extracts image patches as channels (Chainer's {@code im2col}): (N, C, H, W) to (N, C·kh·kw,
 * out_h, out_w), channel {@code (c·kh + i)·kw + j} holding offset (i, j) of channel c, with
 * Chainer's output size {@code (H + 2p - dk [+ s - 1 with cover_all]) / s + 1}, {@code dk = k + (k
 * - 1)(d - 1)}. Built from zero padding, strided slices and a stack, so it differentiates twice.
 *
 * <pre>{@code
 * Variable col = Im2Col.apply(x, 3, 3, 1, 1, 1, 1, false, 1, 1);   // or F.im2col(x, 3, 1, 1)
 * }</pre>
 */
public final class Im2Col {
  private Im2Col() {}

  /**
   * Registered as {@code "im2col"}; options {@code ksize} (int or pair, required), {@code stride}
   * (1), {@code pad} (0), {@code cover_all} (false), {@code dilate} (1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "im2col",
        (o, in) -> {
          int[] k = pair(Opts.ints(o, "ksize"), 0);
          int[] s = pair(Opts.ints(o, "stride"), 1);
          int[] p = pair(Opts.ints(o, "pad"), 0);
          int[] d = pair(Opts.ints(o, "dilate"), 1);
          boolean c = Opts.bool(o, "cover_all", false);
          return new Variable[] {apply(in[0], k[0], k[1], s[0], s[1], p[0], p[1], c, d[0], d[1])};
        });
  }

  private static int[] pair(int[] v, int dflt) {
    return v == null ? new int[] {dflt, dflt} : v.length == 1 ? new int[] {v[0], v[0]} : v;
  }

  public static Variable apply(
      Variable x,
      int kh,
      int kw,
      int sy,
      int sx,
      int ph,
      int pw,
      boolean coverAll,
      int dy,
      int dx) {
    int[] s = x.shape();
    boolean ok = s.length == 4 && kh > 0 && kw > 0 && sy > 0 && sx > 0;
    ok &= ph >= 0 && pw >= 0 && dy > 0 && dx > 0;
    int oh = ok ? ConvGeometry.outSize(s[2], kh, sy, ph, coverAll, dy) : 0;
    int ow = ok ? ConvGeometry.outSize(s[3], kw, sx, pw, coverAll, dx) : 0;
    if (!ok || oh <= 0 || ow <= 0) {
      throw InvalidTypeException.of(
          "im2col",
          "x",
          0,
          "x.ndim == 4, ksize, stride, dilate > 0, pad >= 0 and a kernel that fits the padded"
              + " image (ksize "
              + kh
              + "x"
              + kw
              + ", pad "
              + ph
              + "x"
              + pw
              + ", dilate "
              + dy
              + "x"
              + dx
              + ")",
          "x.shape == " + Shapes.str(s));
    }
    // Chainer pads the high side by an extra stride - 1 so that cover_all windows fit.
    Variable img =
        F.pad(x, new int[] {0, 0, 0, 0, ph, ph + sy - 1, pw, pw + sx - 1}, "constant", 0);
    Variable[] cols = new Variable[kh * kw];
    for (int i = 0; i < kh; i++) {
      for (int j = 0; j < kw; j++) {
        int y0 = i * dy;
        int x0 = j * dx;
        cols[i * kw + j] =
            F.getItem(
                img,
                Index.all(),
                Index.all(),
                Index.slice(y0, y0 + sy * (oh - 1) + 1, sy),
                Index.slice(x0, x0 + sx * (ow - 1) + 1, sx));
      }
    }
    Variable col = F.stack(cols, 2);
    return F.reshape(col, s[0], s[1] * kh * kw, oh, ow);
  }
}
