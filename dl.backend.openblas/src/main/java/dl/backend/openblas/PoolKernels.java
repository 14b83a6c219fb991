package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Window;
import java.util.Arrays;

/**
 * Max and average pooling as whole kernels (NCHW, 1-d and 2-d, float32 and float64): one pass over
 * each {@code (n, c)} plane forward and one backward, no im2col. A float32 plane is widened to
 * double for the pass (exact), so one loop serves both dtypes. Max pooling follows the composite's
 * argmax exactly: padding never wins, the first maximum wins, and the first NaN of a window wins.
 */
final class PoolKernels extends CpuKernelGroup {
  PoolKernels(CpuBackend backend) {
    super(backend);
  }

  private static boolean floating(NdArray x) {
    return x.dtype().isFloating();
  }

  private static int[] outShape(int[] xs, int[] out) {
    int[] ys = Arrays.copyOf(xs, xs.length);
    System.arraycopy(out, 0, ys, 2, out.length);
    return ys;
  }

  /** Plane {@code t} of {@code src} (of {@code len} elements) widened into {@code buf}. */
  private static void load(Object src, int t, int len, double[] buf) {
    int o = t * len;
    if (src instanceof float[]) {
      float[] f = (float[]) src;
      for (int i = 0; i < len; i++) {
        buf[i] = f[o + i];
      }
    } else {
      System.arraycopy(src, o, buf, 0, len);
    }
  }

  /** {@code buf} stored as plane {@code t} of {@code dst}, rounded to its dtype. */
  private static void store(double[] buf, Object dst, int t, int len) {
    int o = t * len;
    if (dst instanceof float[]) {
      float[] f = (float[]) dst;
      for (int i = 0; i < len; i++) {
        f[o + i] = (float) buf[i];
      }
    } else {
      System.arraycopy(buf, 0, dst, o, len);
    }
  }

  NdArray[] maxPooling(NdArray xa, Window win) {
    if (!floating(xa)) {
      return null;
    }
    CpuArray x = arr(xa, "maxPooling");
    int[] xs = x.shape();
    int[] out = win.outShape(Arrays.copyOfRange(xs, 2, xs.length));
    WindowGeometry g = WindowGeometry.of(xs, win, out);
    if (g == null) {
      return null;
    }
    CpuArray y = empty(x.dtype(), outShape(xs, out));
    CpuArray idx = empty(DType.INT32, outShape(xs, out));
    if (x.dtype() == DType.FLOAT32 && inside(g)) {
      maxInside(g, x.f(), y.f(), idx.i());
      return new NdArray[] {y, idx};
    }
    int hw = g.h * g.w;
    int p = g.p();
    int[] id = idx.i();
    int[] lo = new int[g.kw]; // the output columns each kernel column reads inside the input
    int[] hi = new int[g.kw];
    int[] cs = new int[g.kw];
    for (int j = 0; j < g.kw; j++) {
      lo[j] = g.lo(j);
      hi[j] = g.hi(j);
      cs[j] = g.colStart(j);
    }
    int sw = g.sw;
    Par.range(
        g.n * g.c,
        p * g.k(),
        (from, to) -> {
          double[] in = new double[hw];
          double[] o = new double[p];
          for (int t = from; t < to; t++) {
            load(x.data, t, hw, in);
            Arrays.fill(o, Double.NEGATIVE_INFINITY); // where every offset is padding
            int ob = t * p;
            Arrays.fill(id, ob, ob + p, 0);
            // window offsets in the composite's order, each a pass over an output row: a value
            // replaces the best so far when larger, or when NaN and the best is not yet NaN (the
            // first NaN wins; padding, −∞, never replaces anything)
            for (int r = 0; r < g.oh; r++) {
              int orow = r * g.ow;
              for (int i = 0; i < g.kh; i++) {
                int ir = g.inRow(r, i);
                if (ir < 0) {
                  continue;
                }
                for (int j = 0; j < g.kw; j++) {
                  int base = ir * g.w + cs[j];
                  int k = i * g.kw + j;
                  for (int q = lo[j], end = hi[j]; q < end; q++) {
                    double v = in[base + q * sw];
                    double cur = o[orow + q];
                    // branch-free (conditional moves): on real data the comparison is a coin toss
                    boolean take = v > cur | (Double.isNaN(v) & !Double.isNaN(cur));
                    o[orow + q] = take ? v : cur;
                    id[ob + orow + q] = take ? k : id[ob + orow + q];
                  }
                }
              }
            }
            store(o, y.data, t, p);
          }
        });
    return new NdArray[] {y, idx};
  }

  NdArray maxPoolingGrad(NdArray gya, NdArray indexes, int[] xShape, Window win) {
    if (!floating(gya) || indexes.dtype() != DType.INT32) {
      return null;
    }
    CpuArray gy = arr(gya, "maxPoolingGrad");
    CpuArray ix = arr(indexes, "maxPoolingGrad");
    int[] gs = gy.shape();
    WindowGeometry g = WindowGeometry.of(xShape, win, Arrays.copyOfRange(gs, 2, gs.length));
    if (g == null || !Arrays.equals(ix.shape(), gs)) {
      return null;
    }
    CpuArray gx = empty(gy.dtype(), xShape.clone());
    if (gy.dtype() == DType.FLOAT32 && inside(g) && g.kh <= g.sh && g.kw <= g.sw) {
      maxGradInside(g, gy.f(), ix.i(), gx.f());
      return gx;
    }
    int hw = g.h * g.w;
    int p = g.p();
    int[] id = ix.i();
    Par.range(
        g.n * g.c,
        p,
        (from, to) -> {
          double[] src = new double[p];
          double[] acc = new double[hw];
          for (int t = from; t < to; t++) {
            load(gy.data, t, p, src);
            Arrays.fill(acc, 0);
            for (int r = 0; r < g.oh; r++) {
              for (int q = 0; q < g.ow; q++) {
                int k = id[t * p + r * g.ow + q];
                int ir = g.inRow(r, k / g.kw);
                int ic = q * g.sw + g.colStart(k % g.kw);
                if (ir >= 0 && ic >= 0 && ic < g.w) { // a position on padding is dropped
                  acc[ir * g.w + ic] += src[r * g.ow + q];
                }
              }
            }
            store(acc, gx.data, t, hw);
          }
        });
    return gx;
  }

  /** {@code 1/count} of each output position of a plane. */
  private static double[] scale(WindowGeometry g, boolean ignorePad) {
    double[] s = new double[g.p()];
    for (int r = 0; r < g.oh; r++) {
      for (int q = 0; q < g.ow; q++) {
        int count = g.k();
        if (ignorePad) {
          count = 0;
          for (int i = 0; i < g.kh; i++) {
            int ir = g.inRow(r, i);
            for (int j = 0; j < g.kw; j++) {
              int ic = q * g.sw + g.colStart(j);
              count += ir >= 0 && ic >= 0 && ic < g.w ? 1 : 0;
            }
          }
        }
        s[r * g.ow + q] = 1.0 / count;
      }
    }
    return s;
  }

  NdArray averagePooling(NdArray xa, Window win, boolean ignorePad) {
    if (!floating(xa)) {
      return null;
    }
    CpuArray x = arr(xa, "averagePooling");
    int[] xs = x.shape();
    int[] out = win.outShape(Arrays.copyOfRange(xs, 2, xs.length));
    WindowGeometry g = WindowGeometry.of(xs, win, out);
    if (g == null) {
      return null;
    }
    CpuArray y = empty(x.dtype(), outShape(xs, out));
    double[] sc = scale(g, ignorePad);
    window(g, x.data, y.data, sc, false);
    return y;
  }

  NdArray averagePoolingGrad(NdArray gya, int[] xShape, Window win, boolean ignorePad) {
    if (!floating(gya)) {
      return null;
    }
    CpuArray gy = arr(gya, "averagePoolingGrad");
    int[] gs = gy.shape();
    WindowGeometry g = WindowGeometry.of(xShape, win, Arrays.copyOfRange(gs, 2, gs.length));
    if (g == null) {
      return null;
    }
    CpuArray gx = empty(gy.dtype(), xShape.clone());
    window(g, gy.data, gx.data, scale(g, ignorePad), true);
    return gx;
  }

  /**
   * Average pooling's pass over each plane: window sums times {@code scale} from {@code x} into
   * {@code y} or, {@code adjoint}, each scaled {@code y} value spread over its window into {@code
   * x} (here the source is gy, the destination gx).
   */
  private static void window(
      WindowGeometry g, Object src, Object dst, double[] scale, boolean adjoint) {
    int hw = g.h * g.w;
    int p = g.p();
    Par.range(
        g.n * g.c,
        p * g.k(),
        (from, to) -> {
          double[] big = new double[hw];
          double[] small = new double[p];
          for (int t = from; t < to; t++) {
            if (adjoint) {
              load(src, t, p, small);
              Arrays.fill(big, 0);
            } else {
              load(src, t, hw, big);
            }
            for (int r = 0; r < g.oh; r++) {
              for (int q = 0; q < g.ow; q++) {
                int o = r * g.ow + q;
                double v = adjoint ? small[o] * scale[o] : 0;
                for (int i = 0; i < g.kh; i++) {
                  int ir = g.inRow(r, i);
                  if (ir < 0) {
                    continue;
                  }
                  for (int j = 0; j < g.kw; j++) {
                    int ic = q * g.sw + g.colStart(j);
                    if (ic >= 0 && ic < g.w) {
                      if (adjoint) {
                        big[ir * g.w + ic] += v;
                      } else {
                        v += big[ir * g.w + ic];
                      }
                    }
                  }
                }
                if (!adjoint) {
                  small[o] = v * scale[o];
                }
              }
            }
            if (adjoint) {
              store(big, dst, t, hw);
            } else {
              store(small, dst, t, p);
            }
          }
        });
  }

  /** Whether every window lies inside its plane (no padding, no {@code cover_all} overhang). */
  private static boolean inside(WindowGeometry g) {
    return g.ph == 0
        && g.pw == 0
        && (g.oh - 1) * g.sh + (g.kh - 1) * g.dh < g.h
        && (g.ow - 1) * g.sw + (g.kw - 1) * g.dw < g.w;
  }

  /** Offsets in a plane of the window's elements, in the composite's order {@code i·kw + j}. */
  private static int[] offsets(WindowGeometry g) {
    int[] off = new int[g.k()];
    for (int i = 0; i < g.kh; i++) {
      for (int j = 0; j < g.kw; j++) {
        off[i * g.kw + j] = i * g.dh * g.w + j * g.dw;
      }
    }
    return off;
  }

  /**
   * float32 max pooling where every window is inside: one pass, each window's maximum kept in
   * registers, no widening. The same choice as the general loop (the first maximum wins, the first
   * NaN wins), with the comparisons and selections as int masks (FloatKernels.positive's rule for
   * {@code >}), so that no branch depends on the data: measured on the anchors' CNN, 28 ms of CPU
   * per step down to 11 ms for both layers (one thread).
   */
  private static void maxInside(WindowGeometry g, float[] x, float[] y, int[] id) {
    if (is2x2(g)) {
      maxInside2x2(g, x, y, id);
      return;
    }
    int[] off = offsets(g);
    int kk = off.length;
    int hw = g.h * g.w;
    int p = g.p();
    Par.range(
        g.n * g.c,
        p * kk,
        (from, to) -> {
          for (int t = from; t < to; t++) {
            int xo = t * hw;
            int yo = t * p;
            for (int r = 0; r < g.oh; r++) {
              int row = xo + r * g.sh * g.w;
              for (int q = 0; q < g.ow; q++) {
                int base = row + q * g.sw;
                int bits = Float.floatToRawIntBits(x[base]);
                int bk = 0;
                for (int k = 1; k < kk; k++) {
                  int vb = Float.floatToRawIntBits(x[base + off[k]]);
                  int take = takes(vb, bits);
                  bits = (vb & take) | (bits & ~take);
                  bk = (k & take) | (bk & ~take);
                }
                y[yo + r * g.ow + q] = Float.intBitsToFloat(bits);
                id[yo + r * g.ow + q] = bk;
              }
            }
          }
        });
  }

  /** 2x2 windows of stride 2 (and no dilation): the usual pooling, with its own loops. */
  private static boolean is2x2(WindowGeometry g) {
    return g.kh == 2 && g.kw == 2 && g.sh == 2 && g.sw == 2 && g.dh == 1 && g.dw == 1;
  }

  /**
   * {@link #maxInside} for 2x2 windows of stride 2 (the usual pooling): the window's two pairs are
   * compared independently, then their winners, so that two of the three comparisons overlap. The
   * same choice as the sequential order a, b, c, d: a pair's first element wins a tie, and the
   * first pair wins a tie of the winners; a NaN wins against any number and the first NaN stays.
   */
  private static void maxInside2x2(WindowGeometry g, float[] x, float[] y, int[] id) {
    int ow = g.ow;
    rows2x2(
        g,
        (top, bot, o) -> {
          for (int q = 0; q < ow; q++) {
            int a = Float.floatToRawIntBits(x[top + 2 * q]);
            int b = Float.floatToRawIntBits(x[top + 2 * q + 1]);
            int c = Float.floatToRawIntBits(x[bot + 2 * q]);
            int d = Float.floatToRawIntBits(x[bot + 2 * q + 1]);
            int tb = takes(b, a);
            int td = takes(d, c);
            int ab = (b & tb) | (a & ~tb);
            int cd = (d & td) | (c & ~td);
            int t2 = takes(cd, ab);
            y[o + q] = Float.intBitsToFloat((cd & t2) | (ab & ~t2));
            id[o + q] = ((2 | (td & 1)) & t2) | ((tb & 1) & ~t2);
          }
        });
  }

  /**
   * {@link #maxGradInside} for 2x2 windows of stride 2: each window's four elements are written in
   * order (the gradient where the index points, +0 elsewhere), two rows of sequential stores
   * instead of scattered ones; rows and columns no window covers keep the allocation's zeros.
   */
  private static void maxGradInside2x2(WindowGeometry g, float[] gy, int[] id, float[] gx) {
    int ow = g.ow;
    rows2x2(
        g,
        (top, bot, o) -> {
          for (int q = 0; q < ow; q++) {
            int v = Float.floatToRawIntBits(gy[o + q]);
            int k = id[o + q];
            gx[top + 2 * q] = Float.intBitsToFloat(v & ((k - 1) >> 31)); // k == 0
            gx[top + 2 * q + 1] = Float.intBitsToFloat(v & (((k ^ 1) - 1) >> 31));
            gx[bot + 2 * q] = Float.intBitsToFloat(v & (((k ^ 2) - 1) >> 31));
            gx[bot + 2 * q + 1] = Float.intBitsToFloat(v & (((k ^ 3) - 1) >> 31));
          }
        });
  }

  /** A row of 2x2 windows: the offsets of its input rows' starts and of its first output. */
  @FunctionalInterface
  private interface WindowRow {
    void run(int top, int bottom, int out);
  }

  /** Runs {@code body} for every row of 2x2 stride-2 windows, planes split over the cores. */
  private static void rows2x2(WindowGeometry g, WindowRow body) {
    int w = g.w;
    int hw = g.h * w;
    int oh = g.oh;
    int ow = g.ow;
    int p = g.p();
    Par.range(
        g.n * g.c,
        p * 4,
        (from, to) -> {
          for (int t = from; t < to; t++) {
            for (int r = 0; r < oh; r++) {
              int top = t * hw + 2 * r * w;
              body.run(top, top + w, t * p + r * ow);
            }
          }
        });
  }

  /**
   * All ones when the float with bits {@code v} replaces the best so far, {@code best}: {@code v >
   * best}, or v is NaN and best is not; else 0.
   */
  private static int takes(int v, int best) {
    int d = Float.floatToRawIntBits(Float.intBitsToFloat(v) - Float.intBitsToFloat(best)) - 1;
    return ((~d & (d - 0x7f800000)) >> 31) | (nan(v) & ~nan(best));
  }

  /** All ones when the float with these bits is a NaN, else 0. */
  private static int nan(int bits) {
    return (0x7f800000 - (bits & 0x7fffffff)) >> 31;
  }

  /** The adjoint of {@link #maxInside} where windows do not overlap: one store per output. */
  private static void maxGradInside(WindowGeometry g, float[] gy, int[] id, float[] gx) {
    if (is2x2(g)) {
      maxGradInside2x2(g, gy, id, gx);
      return;
    }
    int[] off = offsets(g);
    int hw = g.h * g.w;
    int p = g.p();
    Par.range(
        g.n * g.c,
        p,
        (from, to) -> {
          for (int t = from; t < to; t++) {
            int xo = t * hw;
            int yo = t * p;
            for (int r = 0; r < g.oh; r++) {
              int row = xo + r * g.sh * g.w;
              for (int q = 0; q < g.ow; q++) {
                int o = yo + r * g.ow + q;
                gx[row + q * g.sw + off[id[o]]] = gy[o];
              }
            }
          }
        });
  }
}
