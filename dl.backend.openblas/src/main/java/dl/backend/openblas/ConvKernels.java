package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Window;
import java.util.Arrays;

/**
 * Convolution as whole kernels (NCHW, one group, 1-d and 2-d, float32 and float64). im2col writes
 * the window columns straight in the layout of the GEMM operand, {@code (C·K, N·P)}, so that the
 * forward, the filter gradient and the data gradient are each one GEMM over the whole batch; the
 * forward's move back to {@code (N, OC, P)} adds the bias on the way. Where the GEMM would be tiny
 * (few input channels, as a first layer's one), a direct float32 loop runs instead.
 */
final class ConvKernels extends CpuKernelGroup {
  /** Below this inner dimension (C·K) a float32 forward runs the direct loop (measured). */
  static final int DIRECT_MAX_CK = 32;

  /** Whether the direct loop may run (a switch for the A/B benchmark and the tests). */
  static volatile boolean direct = true;

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
    int ck = g.c * g.k();
    if (direct && x.dtype() == DType.FLOAT32 && ck < DIRECT_MAX_CK) {
      direct(g, oc, x.f(), w.f(), b == null ? null : b.f(), y.f());
      return y;
    }
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
                  int d = base + y * g.ow;
                  if (r < 0) {
                    zero(col, d, d + g.ow);
                    continue;
                  }
                  zero(col, d, d + lo);
                  int src = plane + r * g.w + g.colStart(j) + lo * g.sw;
                  copyRow(x, src, g.sw, col, d + lo, 1, hi - lo, false);
                  zero(col, d + hi, d + g.ow);
                }
              }
            }
          }
        });
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
                  if (r >= 0 && hi > lo) {
                    int dst = plane + r * g.w + g.colStart(j) + lo * g.sw;
                    copyRow(col, base + y * g.ow + lo, 1, x, dst, g.sw, hi - lo, true);
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

  /**
   * The direct float32 forward for a small inner dimension: each output plane starts at its bias
   * and accumulates one shifted, scaled input row per (channel, kernel offset, output row), a loop
   * the JIT vectorises when the stride is 1.
   */
  private static void direct(
      WindowGeometry g, int oc, float[] x, float[] w, float[] bias, float[] y) {
    int p = g.p();
    int kk = g.k();
    Par.range(
        g.n * oc,
        p * g.c * kk,
        (from, to) -> {
          for (int t = from; t < to; t++) {
            int n = t / oc;
            int o = t % oc;
            int yo = t * p;
            Arrays.fill(y, yo, yo + p, bias == null ? 0f : bias[o]);
            for (int c = 0; c < g.c; c++) {
              int plane = (n * g.c + c) * g.h * g.w;
              for (int i = 0; i < g.kh; i++) {
                for (int j = 0; j < g.kw; j++) {
                  float wv = w[((o * g.c + c) * g.kh + i) * g.kw + j];
                  int lo = g.lo(j);
                  int hi = g.hi(j);
                  for (int r = 0; r < g.oh; r++) {
                    int ir = g.inRow(r, i);
                    if (ir < 0) {
                      continue;
                    }
                    int xr = plane + ir * g.w + g.colStart(j);
                    int yr = yo + r * g.ow;
                    if (g.sw == 1) {
                      for (int q = lo; q < hi; q++) {
                        y[yr + q] += wv * x[xr + q];
                      }
                    } else {
                      for (int q = lo; q < hi; q++) {
                        y[yr + q] += wv * x[xr + q * g.sw];
                      }
                    }
                  }
                }
              }
            }
          }
        });
  }
}
