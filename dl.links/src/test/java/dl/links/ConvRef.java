package dl.links;

import dl.testing.TestArray;

/** Plain-double N-d convolution and transposed convolution by direct summation (test reference). */
final class ConvRef {
  private ConvRef() {}

  /** Row-major flat index of {@code idx} in {@code shape}. */
  private static int flat(int[] shape, int... idx) {
    int f = 0;
    for (int i = 0; i < shape.length; i++) {
      f = f * shape[i] + idx[i];
    }
    return f;
  }

  /** Advances a multi-index over {@code shape}; false when it wraps around. */
  private static boolean next(int[] idx, int[] shape) {
    for (int i = idx.length - 1; i >= 0; i--) {
      if (++idx[i] < shape[i]) {
        return true;
      }
      idx[i] = 0;
    }
    return false;
  }

  /** {@code y[n, o, p] = b[o] + Σ_{c in group, k} x[n, c, p·s − pad + k·d] · W[o, c − g·cg, k]}. */
  static TestArray conv(
      TestArray x, TestArray w, TestArray b, int[] s, int[] pad, int[] d, int groups) {
    int[] xs = x.shape();
    int[] ws = w.shape();
    int nd = xs.length - 2;
    int out = ws[0];
    int cg = ws[1];
    int og = out / groups;
    int[] ys = new int[nd + 2];
    ys[0] = xs[0];
    ys[1] = out;
    int[] ks = new int[nd];
    for (int i = 0; i < nd; i++) {
      ks[i] = ws[i + 2];
      ys[i + 2] = (xs[i + 2] + 2 * pad[i] - d[i] * (ks[i] - 1) - 1) / s[i] + 1;
    }
    double[] y = new double[size(ys)];
    int[] yi = new int[nd + 2];
    do {
      int o = yi[1];
      double acc = b == null ? 0 : b.data()[o];
      int g = o / og;
      for (int c = 0; c < cg; c++) {
        int[] k = new int[nd];
        do {
          int[] xi = new int[nd + 2];
          xi[0] = yi[0];
          xi[1] = g * cg + c;
          boolean inside = true;
          for (int i = 0; i < nd; i++) {
            xi[i + 2] = yi[i + 2] * s[i] - pad[i] + k[i] * d[i];
            inside &= xi[i + 2] >= 0 && xi[i + 2] < xs[i + 2];
          }
          if (inside) {
            int[] wi = new int[nd + 2];
            wi[0] = o;
            wi[1] = c;
            System.arraycopy(k, 0, wi, 2, nd);
            acc += x.data()[flat(xs, xi)] * w.data()[flat(ws, wi)];
          }
        } while (next(k, ks));
      }
      y[flat(ys, yi)] = acc;
    } while (next(yi, ys));
    return TestArray.of(x.dtype(), y, ys);
  }

  /**
   * Transposed convolution by scattering: {@code y[n, g·og + o, p·s − pad + k·d] += x[n, c, p] ·
   * W[c, o, k]}, output size {@code s·(in − 1) + d·(k − 1) + 1 − 2·pad}, plus {@code b}.
   */
  static TestArray deconv(
      TestArray x, TestArray w, TestArray b, int[] s, int[] pad, int[] d, int groups) {
    int[] xs = x.shape();
    int[] ws = w.shape();
    int nd = xs.length - 2;
    int og = ws[1];
    int cg = xs[1] / groups;
    int[] ys = new int[nd + 2];
    ys[0] = xs[0];
    ys[1] = og * groups;
    int[] ks = new int[nd];
    for (int i = 0; i < nd; i++) {
      ks[i] = ws[i + 2];
      ys[i + 2] = s[i] * (xs[i + 2] - 1) + d[i] * (ks[i] - 1) + 1 - 2 * pad[i];
    }
    double[] y = new double[size(ys)];
    int[] xi = new int[nd + 2];
    do {
      int c = xi[1];
      int g = c / cg;
      double xv = x.data()[flat(xs, xi)];
      for (int o = 0; o < og; o++) {
        int[] k = new int[nd];
        do {
          int[] yi = new int[nd + 2];
          yi[0] = xi[0];
          yi[1] = g * og + o;
          boolean inside = true;
          for (int i = 0; i < nd; i++) {
            yi[i + 2] = xi[i + 2] * s[i] - pad[i] + k[i] * d[i];
            inside &= yi[i + 2] >= 0 && yi[i + 2] < ys[i + 2];
          }
          if (inside) {
            int[] wi = new int[nd + 2];
            wi[0] = c;
            wi[1] = o;
            System.arraycopy(k, 0, wi, 2, nd);
            y[flat(ys, yi)] += xv * w.data()[flat(ws, wi)];
          }
        } while (next(k, ks));
      }
    } while (next(xi, xs));
    if (b != null) {
      int per = size(ys) / (ys[0] * ys[1]);
      for (int i = 0; i < y.length; i++) {
        y[i] += b.data()[(i / per) % ys[1]];
      }
    }
    return TestArray.of(x.dtype(), y, ys);
  }

  static int size(int[] shape) {
    int n = 1;
    for (int v : shape) {
      n *= v;
    }
    return n;
  }

  static int[] fill(int nd, int v) {
    int[] a = new int[nd];
    java.util.Arrays.fill(a, v);
    return a;
  }
}
