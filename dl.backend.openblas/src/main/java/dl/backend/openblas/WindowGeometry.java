package dl.backend.openblas;

import dl.api.Window;

/**
 * A sliding window over NCHW planes as the CPU's whole kernels see it: 2-d, with a 1-d window read
 * as height 1. {@code p} is the number of output positions of one plane, {@code k} of window
 * offsets.
 */
final class WindowGeometry {
  final int n;
  final int c;
  final int h;
  final int w;
  final int kh;
  final int kw;
  final int sh;
  final int sw;
  final int ph;
  final int pw;
  final int dh;
  final int dw;
  final int oh;
  final int ow;

  private WindowGeometry(int[] xShape, Window win, int[] outSpatial) {
    boolean one = win.nd() == 1;
    int[] k = win.ksize();
    int[] s = win.stride();
    int[] pd = win.pad();
    int[] d = win.dilate();
    n = xShape[0];
    c = xShape[1];
    h = one ? 1 : xShape[2];
    w = xShape[xShape.length - 1];
    kh = one ? 1 : k[0];
    kw = k[k.length - 1];
    sh = one ? 1 : s[0];
    sw = s[s.length - 1];
    ph = one ? 0 : pd[0];
    pw = pd[pd.length - 1];
    dh = one ? 1 : d[0];
    dw = d[d.length - 1];
    oh = one ? 1 : outSpatial[0];
    ow = outSpatial[outSpatial.length - 1];
  }

  /**
   * The geometry of input shape {@code xShape} with output spatial shape {@code outSpatial}, or
   * null where the CPU kernels do not apply (not 1-d or 2-d, or a size-0 axis).
   */
  static WindowGeometry of(int[] xShape, Window win, int[] outSpatial) {
    int nd = win.nd();
    if ((nd != 1 && nd != 2) || xShape.length != nd + 2 || outSpatial.length != nd) {
      return null;
    }
    for (int v : xShape) {
      if (v == 0) {
        return null;
      }
    }
    for (int v : outSpatial) {
      if (v <= 0) {
        return null;
      }
    }
    return new WindowGeometry(xShape, win, outSpatial);
  }

  /** Output positions of one plane. */
  int p() {
    return oh * ow;
  }

  /** Offsets of one window. */
  int k() {
    return kh * kw;
  }

  /** The input row read by output row {@code y} at kernel row {@code i}, or -1 on padding. */
  int inRow(int y, int i) {
    int r = y * sh - ph + i * dh;
    return r >= 0 && r < h ? r : -1;
  }

  /** The input column of output column 0 at kernel column {@code j} (may be negative). */
  int colStart(int j) {
    return -pw + j * dw;
  }

  /** First output column whose input column at kernel column {@code j} is inside the input. */
  int lo(int j) {
    int off = pw - j * dw; // need x*sw >= off
    return off <= 0 ? 0 : Math.min(ow, (off + sw - 1) / sw);
  }

  /** One past the last output column whose input at kernel column {@code j} is inside. */
  int hi(int j) {
    int lim = w - 1 + pw - j * dw; // need x*sw <= lim
    return lim < 0 ? 0 : Math.min(ow, lim / sw + 1);
  }
}
