package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Window;
import java.util.Arrays;

/**
 * Convolution as whole kernels (NCHW, one group, 1-d and 2-d, float32 and float64). im2col writes
 * the window columns straight in the layout of the GEMM operand, {@code (C·K, N·P)}, so that the
 * forward, the filter gradient and the data gradient are each one GEMM over the whole batch; the
 * forward's move back to {@code (N, OC, P)} adds the bias on the way. A direct loop for the tiny
 * first layer (1 input channel, 3x3) was measured and lost: 11-13 ms of CPU against 4.9 ms for
 * im2col and one GEMM of inner size 9 over the whole batch, so every convolution takes the GEMM.
 */
final class ConvKernels extends CpuKernelGroup {
  private static final ThreadLocal<Object[]> SCRATCH = ThreadLocal.withInitial(() -> new Object[4]);

  ConvKernels(CpuBackend backend) {
    super(backend);
  }

  /** A reusable buffer of this thread (slot 0-3) of at least {@code n} elements of {@code t}. */
  private static Object scratch(int slot, DType t, int n) {
    Object[] s = SCRATCH.get();
    Object b = s[slot];
    boolean ok =
        t == DType.FLOAT32
            ? b instanceof float[] && ((float[]) b).length >= n
            : b instanceof double[] && ((double[]) b).length >= n;
    if (!ok) {
      b = alloc(t, n);
      s[slot] = b;
    }
    return b;
  }

  private static boolean floating(NdArray... xs) {
    for (NdArray x : xs) {
      if (x != null && (!x.dtype().isFloating() || x.dtype() != xs[0].dtype())) {
        return false;
      }
    }
    return true;
  }

  NdArray convolution(NdArray xa, NdArray wa, NdArray ba, Window win) {
    if (!floating(xa, wa, ba)) {
      return null;
    }
    CpuArray x = arr(xa, "convolution");
    CpuArray w = arr(wa, "convolution");
    CpuArray b = ba == null ? null : arr(ba, "convolution");
    int[] xs = x.shape();
    int[] out = win.outShape(Arrays.copyOfRange(xs, 2, xs.length));
    WindowGeometry g = WindowGeometry.of(xs, win, out);
    if (g == null) {
      return null;
    }
    int oc = w.shape()[0];
    int[] ys = new int[xs.length];
    ys[0] = g.n;
    ys[1] = oc;
    System.arraycopy(out, 0, ys, 2, out.length);
    CpuArray y = empty(x.dtype(), ys);
    if (x.dtype() == DType.FLOAT32) {
      ImageConv.forward(
          g,
          (float[]) x.data,
          (float[]) w.data,
          b == null ? null : (float[]) b.data,
          oc,
          (float[]) y.data);
      return y;
    }
    int ck = g.c * g.k();
    int np = g.n * g.p();
    Object col = scratch(0, x.dtype(), ck * np);
    im2col(g, x.data, col);
    Object yt = scratch(1, x.dtype(), oc * np);
    gemm(x.dtype(), false, false, oc, np, ck, w.data, col, yt); // W·col: (OC, N·P)
    fromChannelMajor(g, oc, yt, b == null ? null : b.data, y.data);
    return y;
  }

  NdArray convolutionGradFilter(NdArray xa, NdArray gya, int[] wShape, Window win) {
    if (!floating(xa, gya)) {
      return null;
    }
    CpuArray x = arr(xa, "convolutionGradFilter");
    CpuArray gy = arr(gya, "convolutionGradFilter");
    int[] gs = gy.shape();
    WindowGeometry g = WindowGeometry.of(x.shape(), win, Arrays.copyOfRange(gs, 2, gs.length));
    if (g == null) {
      return null;
    }
    int oc = gs[1];
    if (x.dtype() == DType.FLOAT32) {
      CpuArray gw = empty(x.dtype(), wShape.clone());
      ImageConv.gradFilter(g, (float[]) x.data, (float[]) gy.data, oc, (float[]) gw.data);
      return gw;
    }
    int ck = g.c * g.k();
    int np = g.n * g.p();
    Object col = scratch(0, x.dtype(), ck * np);
    im2col(g, x.data, col);
    Object gyt = scratch(1, x.dtype(), oc * np);
    toChannelMajor(g, oc, gy.data, gyt);
    CpuArray gw = empty(x.dtype(), wShape.clone());
    gemm(x.dtype(), false, true, oc, ck, np, gyt, col, gw.data); // gyᵀ·colᵀ: (OC, C·K)
    return gw;
  }

  NdArray convolutionGradData(NdArray gya, NdArray wa, int[] xShape, Window win) {
    if (!floating(gya, wa)) {
      return null;
    }
    CpuArray gy = arr(gya, "convolutionGradData");
    CpuArray w = arr(wa, "convolutionGradData");
    int[] gs = gy.shape();
    WindowGeometry g = WindowGeometry.of(xShape, win, Arrays.copyOfRange(gs, 2, gs.length));
    if (g == null) {
      return null;
    }
    int oc = gs[1];
    if (gy.dtype() == DType.FLOAT32) {
      CpuArray gx = empty(gy.dtype(), xShape.clone());
      ImageConv.gradData(g, (float[]) gy.data, (float[]) w.data, oc, (float[]) gx.data);
      return gx;
    }
    int ck = g.c * g.k();
    int np = g.n * g.p();
    Object gyt = scratch(1, gy.dtype(), oc * np);
    toChannelMajor(g, oc, gy.data, gyt);
    Object gcol = scratch(0, gy.dtype(), ck * np);
    gemm(gy.dtype(), true, false, ck, np, oc, w.data, gyt, gcol); // Wᵀ·gyᵀ: (C·K, N·P)
    CpuArray gx = empty(gy.dtype(), xShape.clone());
    col2im(g, gcol, gx.data);
    return gx;
  }

  /** {@code c (m, n) = op(a)·op(b)}, row-major, {@code op} transposing where asked. */
  private static void gemm(
      DType t, boolean transA, boolean transB, int m, int n, int k, Object a, Object b, Object c) {
    if (t == DType.FLOAT32) {
      Gemm.sgemm(transA, transB, 1, 1, 1, m, n, k, (float[]) a, (float[]) b, (float[]) c);
    } else {
      Gemm.dgemm(transA, transB, 1, 1, 1, m, n, k, (double[]) a, (double[]) b, (double[]) c);
    }
  }

  /** Window columns of {@code x (N, C, H, W)} as {@code (C·K, N·P)}, zeros on padding. */
  static void im2col(WindowGeometry g, Object x, Object col) {
    int p = g.p();
    int np = g.n * p;
    int kk = g.k();
    Par.range(
        g.c * g.n,
        kk * p,
        (from, to) -> {
          for (int t = from; t < to; t++) {
            int c = t / g.n;
            int n = t % g.n;
            int plane = (n * g.c + c) * g.h * g.w;
            for (int i = 0; i < g.kh; i++) {
              for (int j = 0; j < g.kw; j++) {
                int base = (c * kk + i * g.kw + j) * np + n * p;
                int lo = g.lo(j);
                int hi = Math.max(lo, g.hi(j));
                for (int y = 0; y < g.oh; y++) {
                  int r = g.inRow(y, i);
                  int src = plane + r * g.w + g.colStart(j); // may be < 0: read from lo on
                  gatherRow(
                      x,
                      src,
                      g.sw,
                      col,
                      base + y * g.ow,
                      r < 0 ? g.ow : lo,
                      r < 0 ? g.ow : hi,
                      g.ow);
                }
              }
            }
          }
        });
  }

  /**
   * One output row of im2col: {@code col[d + q] = x[src + q·sw]} for {@code q} in {@code [lo, hi)},
   * zeros elsewhere in {@code [0, ow)} (a padding row passes {@code lo = hi = ow}). Small, so the
   * JIT inlines it into the loops above.
   */
  private static void gatherRow(
      Object x, int src, int sw, Object col, int d, int a, int b, int ow) {
    if (col instanceof float[]) {
      float[] c = (float[]) col;
      float[] s = (float[]) x;
      Arrays.fill(c, d, d + a, 0f);
      for (int q = a; q < b; q++) {
        c[d + q] = s[src + q * sw];
      }
      Arrays.fill(c, d + b, d + ow, 0f);
    } else {
      double[] c = (double[]) col;
      double[] s = (double[]) x;
      Arrays.fill(c, d, d + a, 0.0);
      for (int q = a; q < b; q++) {
        c[d + q] = s[src + q * sw];
      }
      Arrays.fill(c, d + b, d + ow, 0.0);
    }
  }

  /** The adjoint of {@link #gatherRow}: {@code x[dst + q·sw] += col[d + q]} on {@code [lo, hi)}. */
  private static void scatterRow(Object col, int d, Object x, int dst, int sw, int lo, int hi) {
    if (col instanceof float[]) {
      float[] c = (float[]) col;
      float[] s = (float[]) x;
      for (int q = lo; q < hi; q++) {
        s[dst + q * sw] += c[d + q];
      }
    } else {
      double[] c = (double[]) col;
      double[] s = (double[]) x;
      for (int q = lo; q < hi; q++) {
        s[dst + q * sw] += c[d + q];
      }
    }
  }

  /** The adjoint of {@link #im2col}: adds columns {@code (C·K, N·P)} into {@code x} (zeroed). */
  static void col2im(WindowGeometry g, Object col, Object x) {
    int p = g.p();
    int np = g.n * p;
    int kk = g.k();
    Par.range(
        g.n * g.c,
        kk * p,
        (from, to) -> {
          for (int t = from; t < to; t++) { // one (n, c) plane each: no two tasks write one place
            int n = t / g.c;
            int c = t % g.c;
            int plane = t * g.h * g.w;
            for (int i = 0; i < g.kh; i++) {
              for (int j = 0; j < g.kw; j++) {
                int base = (c * kk + i * g.kw + j) * np + n * p;
                int lo = g.lo(j);
                int hi = Math.max(lo, g.hi(j));
                for (int y = 0; y < g.oh; y++) {
                  int r = g.inRow(y, i);
                  if (r >= 0) {
                    int dst = plane + r * g.w + g.colStart(j);
                    scatterRow(col, base + y * g.ow, x, dst, g.sw, lo, hi);
                  }
                }
              }
            }
          }
        });
  }

  /** {@code gy (N, OC, P)} to {@code (OC, N·P)}. */
  private static void toChannelMajor(WindowGeometry g, int oc, Object gy, Object gyt) {
    int p = g.p();
    Par.range(
        g.n * oc,
        p,
        (from, to) -> {
          for (int t = from; t < to; t++) {
            int n = t / oc;
            int o = t % oc;
            copyRow(gy, t * p, 1, gyt, (o * g.n + n) * p, 1, p, false);
          }
        });
  }

  /** {@code (OC, N·P)} to {@code y (N, OC, P)}, adding {@code bias[oc]} (null: none) on the way. */
  private static void fromChannelMajor(WindowGeometry g, int oc, Object yt, Object bias, Object y) {
    int p = g.p();
    Par.range(
        g.n * oc,
        p,
        (from, to) -> {
          for (int t = from; t < to; t++) {
            int n = t / oc;
            int o = t % oc;
            int s = (o * g.n + n) * p;
            int d = t * p;
            if (y instanceof float[]) {
              float[] src = (float[]) yt;
              float[] dst = (float[]) y;
              float bv = bias == null ? 0f : ((float[]) bias)[o];
              for (int q = 0; q < p; q++) {
                dst[d + q] = src[s + q] + bv;
              }
            } else {
              double[] src = (double[]) yt;
              double[] dst = (double[]) y;
              double bv = bias == null ? 0 : ((double[]) bias)[o];
              for (int q = 0; q < p; q++) {
                dst[d + q] = src[s + q] + bv;
              }
            }
          }
        });
  }

  static void zero(Object a, int from, int to) {
    if (to <= from) {
      return;
    }
    if (a instanceof float[]) {
      Arrays.fill((float[]) a, from, to, 0f);
    } else {
      Arrays.fill((double[]) a, from, to, 0.0);
    }
  }
}
