package dl.testing;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Window;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The checks of {@link BackendConformanceKit} for the optional whole kernels (convolution and
 * pooling): where a backend offers one (returns non-null), its result must equal the plain 2-d
 * loops here, which follow the composite path of the functions (padding zero for convolution and
 * average pooling, −∞ and never chosen for max pooling, the first maximum and the first NaN win). A
 * backend that offers none passes by returning null everywhere.
 */
final class KitWindows {
  private KitWindows() {}

  /** {ksize, stride, pad, dilate} per case (both axes alike but the second's kernel). */
  private static final int[][] CASES = {{3, 1, 1, 1}, {2, 2, 0, 1}, {3, 2, 1, 2}, {3, 1, 0, 1}};

  private static Window win(int[] c, boolean coverAll, boolean pool) {
    int kw = pool ? c[0] : Math.max(1, c[0] - 1);
    int d = pool ? 1 : c[3];
    return Window.of(
        new int[] {c[0], kw},
        new int[] {c[1], c[1]},
        new int[] {c[2], c[2]},
        new int[] {d, d},
        coverAll);
  }

  private static int[] out(Window w, int[] xs) {
    return w.outShape(new int[] {xs[2], xs[3]});
  }

  /** The input row/column read by output position {@code o} at kernel offset {@code k}, or -1. */
  private static int at(int o, int k, int axis, Window w, int size) {
    int v = o * w.stride()[axis] - w.pad()[axis] + k * w.dilate()[axis];
    return v >= 0 && v < size ? v : -1;
  }

  static void convolution(BackendConformanceKit kit, DType t) {
    Backend b = kit.backend();
    SplittableRandom rng = Kit.rng("conv" + t);
    double tol = t == DType.FLOAT32 ? 1e-5 : 1e-12;
    for (int[] c : CASES) {
      for (boolean cover : new boolean[] {false, true}) {
        Window w = win(c, cover, false);
        int[] xs = {2, 3, 7, 6};
        int[] ws = {4, 3, w.ksize()[0], w.ksize()[1]};
        int[] o = out(w, xs);
        TestArray x = TestArray.uniform(rng, t, -1, 1, xs);
        TestArray wt = TestArray.uniform(rng, t, -1, 1, ws);
        TestArray bias = TestArray.uniform(rng, t, -1, 1, 4);
        TestArray gy = TestArray.uniform(rng, t, -1, 1, 2, 4, o[0], o[1]);
        double[][] r = conv(x, wt, bias, gy, w);
        String what = "convolution " + w;
        NdArray y = b.convolution(x.to(b), wt.to(b), bias.to(b), w);
        if (y != null) {
          kit.check(what, new TestArray(r[0], gy.shape(), t), y, tol, tol);
        }
        NdArray gx = b.convolutionGradData(gy.to(b), wt.to(b), xs, w);
        if (gx != null) {
          kit.check(what + " gradData", new TestArray(r[1], xs, t), gx, tol, tol);
        }
        NdArray gw = b.convolutionGradFilter(x.to(b), gy.to(b), ws, w);
        if (gw != null) {
          kit.check(what + " gradFilter", new TestArray(r[2], ws, t), gw, tol, tol);
        }
      }
    }
  }

  /** {y, gx, gw} of a 2-d convolution by the definition. */
  private static double[][] conv(
      TestArray x, TestArray w, TestArray bias, TestArray gy, Window win) {
    int[] xs = x.shape();
    int[] ws = w.shape();
    int[] gs = gy.shape();
    double[] y = new double[gy.size()];
    double[] gx = new double[x.size()];
    double[] gw = new double[w.size()];
    for (int n = 0; n < xs[0]; n++) {
      for (int oc = 0; oc < ws[0]; oc++) {
        for (int oy = 0; oy < gs[2]; oy++) {
          for (int ox = 0; ox < gs[3]; ox++) {
            int yi = ((n * ws[0] + oc) * gs[2] + oy) * gs[3] + ox;
            double s = bias.data()[oc];
            for (int c = 0; c < xs[1]; c++) {
              for (int ky = 0; ky < ws[2]; ky++) {
                int iy = at(oy, ky, 0, win, xs[2]);
                for (int kx = 0; kx < ws[3]; kx++) {
                  int ix = at(ox, kx, 1, win, xs[3]);
                  if (iy < 0 || ix < 0) {
                    continue;
                  }
                  int xi = ((n * xs[1] + c) * xs[2] + iy) * xs[3] + ix;
                  int wi = ((oc * xs[1] + c) * ws[2] + ky) * ws[3] + kx;
                  s += w.data()[wi] * x.data()[xi];
                  gx[xi] += gy.data()[yi] * w.data()[wi];
                  gw[wi] += gy.data()[yi] * x.data()[xi];
                }
              }
            }
            y[yi] = s;
          }
        }
      }
    }
    return new double[][] {y, gx, gw};
  }

  static void pooling(BackendConformanceKit kit, DType t) {
    Backend b = kit.backend();
    SplittableRandom rng = Kit.rng("pool" + t);
    for (int[] c : CASES) {
      for (boolean flag : new boolean[] {false, true}) {
        Window w = win(c, flag, true);
        int[] xs = {2, 3, 7, 6};
        int[] o = out(w, xs);
        TestArray x = TestArray.uniform(rng, t, -2, 2, xs).map(Math::rint); // ties
        x.data()[4] = Double.NaN;
        x.data()[50] = Double.NaN;
        x.data()[51] = Double.NaN;
        int[] ys = {2, 3, o[0], o[1]};
        TestArray gy = TestArray.uniform(rng, t, -1, 1, ys);
        double[][] r = pool(x, gy, w, flag);
        String what = "pooling " + w;
        NdArray[] mp = b.maxPooling(x.to(b), w);
        if (mp != null) {
          kit.check(what + " max", new TestArray(r[0], ys, t), mp[0]);
          kit.check(what + " max indexes", new TestArray(r[1], ys, DType.INT32), mp[1]);
        }
        NdArray idx = b.fromArray(toInts(r[1]), ys);
        NdArray gx = b.maxPoolingGrad(gy.to(b), idx, xs, w);
        if (gx != null) {
          kit.check(what + " maxPoolingGrad", new TestArray(r[2], xs, t), gx);
        }
        Window aw = win(c, false, true);
        double[][] ra = pool(x.map(v -> Double.isNaN(v) ? 0.5 : v), gy, aw, flag);
        NdArray ap = b.averagePooling(x.map(v -> Double.isNaN(v) ? 0.5 : v).to(b), aw, flag);
        int[] as = {2, 3, out(aw, xs)[0], out(aw, xs)[1]};
        if (ap != null) {
          kit.check(what + " average ignorePad=" + flag, new TestArray(ra[3], as, t), ap);
        }
      }
    }
  }

  private static int[] toInts(double[] d) {
    int[] r = new int[d.length];
    for (int i = 0; i < d.length; i++) {
      r[i] = (int) d[i];
    }
    return r;
  }

  /** {max y, max indexes, max gx for gy, average y} by the definition (average: gy unused). */
  private static double[][] pool(TestArray x, TestArray gy, Window w, boolean ignorePad) {
    int[] xs = x.shape();
    int[] o = w.outShape(new int[] {xs[2], xs[3]});
    int[] k = w.ksize();
    int planes = xs[0] * xs[1];
    int p = o[0] * o[1];
    double[] y = new double[planes * p];
    double[] idx = new double[planes * p];
    double[] gx = new double[x.size()];
    double[] avg = new double[planes * p];
    for (int pl = 0; pl < planes; pl++) {
      for (int oy = 0; oy < o[0]; oy++) {
        for (int ox = 0; ox < o[1]; ox++) {
          int yi = pl * p + oy * o[1] + ox;
          double best = 0;
          int bi = 0;
          double sum = 0;
          int count = 0;
          for (int j = 0; j < k[0] * k[1]; j++) {
            int iy = at(oy, j / k[1], 0, w, xs[2]);
            int ix = at(ox, j % k[1], 1, w, xs[3]);
            boolean in = iy >= 0 && ix >= 0;
            double v = in ? x.data()[(pl * xs[2] + iy) * xs[3] + ix] : Double.NEGATIVE_INFINITY;
            if (j == 0 || (!Double.isNaN(best) && (Double.isNaN(v) || v > best))) {
              best = v;
              bi = j;
            }
            sum += in ? v : 0;
            count += in ? 1 : 0;
          }
          y[yi] = best;
          idx[yi] = bi;
          avg[yi] = sum / (ignorePad ? count : k[0] * k[1]);
          int iy = at(oy, bi / k[1], 0, w, xs[2]);
          int ix = at(ox, bi % k[1], 1, w, xs[3]);
          if (iy >= 0 && ix >= 0) {
            gx[(pl * xs[2] + iy) * xs[3] + ix] += gy.data()[yi];
          }
        }
      }
    }
    return new double[][] {y, idx, gx, avg};
  }

  /** The adjoint of average pooling, checked against its forward: ⟨avg(x), gy⟩ = ⟨x, avgᵀ(gy)⟩. */
  static void averageAdjoint(BackendConformanceKit kit, DType t) {
    Backend b = kit.backend();
    SplittableRandom rng = Kit.rng("avgT" + t);
    for (int[] c : CASES) {
      for (boolean ignorePad : new boolean[] {false, true}) {
        Window w = win(c, false, true);
        int[] xs = {2, 2, 6, 5};
        int[] o = out(w, xs);
        TestArray x = TestArray.uniform(rng, t, -1, 1, xs);
        TestArray gy = TestArray.uniform(rng, t, -1, 1, 2, 2, o[0], o[1]);
        NdArray y = b.averagePooling(x.to(b), w, ignorePad);
        NdArray gx = b.averagePoolingGrad(gy.to(b), xs, w, ignorePad);
        if (y == null || gx == null) {
          continue;
        }
        double lhs = dot(y.toDoubleArray(), gy.data());
        double rhs = dot(x.data(), gx.toDoubleArray());
        double tol = t == DType.FLOAT32 ? 1e-4 : 1e-12;
        if (Math.abs(lhs - rhs) > tol * Math.max(1, Math.abs(lhs))) {
          Kit.fail(
              "averagePoolingGrad is not the adjoint of averagePooling for "
                  + w
                  + " ignorePad="
                  + ignorePad
                  + " on "
                  + b
                  + ": "
                  + lhs
                  + " vs "
                  + rhs
                  + " "
                  + Arrays.toString(xs));
        }
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
