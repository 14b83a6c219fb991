package dl.functions.connection;

import dl.testing.TestArray;

/** Direct-loop N-d convolution and transposed convolution in double, the tests' reference. */
final class NaiveConv {
  private NaiveConv() {}

  static int prod(int[] a, int from) {
    int r = 1;
    for (int i = from; i < a.length; i++) {
      r *= a[i];
    }
    return r;
  }

  /** Row-major multi-index of {@code flat} in {@code shape}. */
  static int[] unravel(int flat, int[] shape) {
    int[] idx = new int[shape.length];
    for (int a = shape.length - 1; a >= 0; a--) {
      idx[a] = flat % shape[a];
      flat /= shape[a];
    }
    return idx;
  }

  static int outSize(int in, int k, int s, int p, int d, boolean coverAll) {
    int dk = k + (k - 1) * (d - 1);
    return coverAll ? (in + 2 * p - dk + s - 1) / s + 1 : (in + 2 * p - dk) / s + 1;
  }

  /** {@code y[n, o, q] = b[o] + Σ x[n, c, q·s − p + j·d] W[o, c − g·C/G, j]}. */
  static TestArray conv(
      TestArray x, TestArray w, TestArray b, int s, int p, int d, boolean coverAll, int groups) {
    int[] xs = x.shape();
    int[] ws = w.shape();
    int nd = xs.length - 2;
    int n = xs[0];
    int c = xs[1];
    int oc = ws[0];
    int cg = c / groups;
    int[] sp = java.util.Arrays.copyOfRange(xs, 2, xs.length);
    int[] k = java.util.Arrays.copyOfRange(ws, 2, ws.length);
    int[] out = new int[nd];
    for (int i = 0; i < nd; i++) {
      out[i] = outSize(sp[i], k[i], s, p, d, coverAll);
    }
    int no = prod(out, 0);
    int nk = prod(k, 0);
    int ns = prod(sp, 0);
    double[] y = new double[n * oc * no];
    for (int bi = 0; bi < n; bi++) {
      for (int o = 0; o < oc; o++) {
        int g = o / (oc / groups);
        for (int q = 0; q < no; q++) {
          int[] qi = unravel(q, out);
          double acc = b == null ? 0 : b.data()[o];
          for (int ci = 0; ci < cg; ci++) {
            for (int j = 0; j < nk; j++) {
              int[] ji = unravel(j, k);
              int flat = 0;
              boolean inside = true;
              for (int a = 0; a < nd; a++) {
                int pos = qi[a] * s - p + ji[a] * d;
                inside &= pos >= 0 && pos < sp[a];
                flat = flat * sp[a] + pos;
              }
              if (inside) {
                acc +=
                    x.data()[(bi * c + g * cg + ci) * ns + flat] * w.data()[(o * cg + ci) * nk + j];
              }
            }
          }
          y[(bi * oc + o) * no + q] = acc;
        }
      }
    }
    int[] shape = new int[nd + 2];
    shape[0] = n;
    shape[1] = oc;
    System.arraycopy(out, 0, shape, 2, nd);
    return new TestArray(y, shape, x.dtype());
  }

  /**
   * Transposed convolution (one group): scatters {@code x[n, i, q]·W[i, o, j]} to {@code q·s − p +
   * j·d}.
   */
  static TestArray deconv(TestArray x, TestArray w, TestArray b, int s, int p, int[] outsize) {
    int[] xs = x.shape();
    int[] ws = w.shape();
    int nd = xs.length - 2;
    int n = xs[0];
    int ic = xs[1];
    int oc = ws[1];
    int[] in = java.util.Arrays.copyOfRange(xs, 2, xs.length);
    int[] k = java.util.Arrays.copyOfRange(ws, 2, ws.length);
    int ni = prod(in, 0);
    int nk = prod(k, 0);
    int no = prod(outsize, 0);
    double[] y = new double[n * oc * no];
    for (int bi = 0; bi < n; bi++) {
      for (int o = 0; o < oc; o++) {
        for (int q = 0; q < no; q++) {
          y[(bi * oc + o) * no + q] = b == null ? 0 : b.data()[o];
        }
        for (int i = 0; i < ic; i++) {
          for (int q = 0; q < ni; q++) {
            int[] qi = unravel(q, in);
            for (int j = 0; j < nk; j++) {
              int[] ji = unravel(j, k);
              int flat = 0;
              boolean inside = true;
              for (int a = 0; a < nd; a++) {
                int pos = qi[a] * s - p + ji[a];
                inside &= pos >= 0 && pos < outsize[a];
                flat = flat * outsize[a] + pos;
              }
              if (inside) {
                y[(bi * oc + o) * no + flat] +=
                    x.data()[(bi * ic + i) * ni + q] * w.data()[(i * oc + o) * nk + j];
              }
            }
          }
        }
      }
    }
    int[] shape = new int[nd + 2];
    shape[0] = n;
    shape[1] = oc;
    System.arraycopy(outsize, 0, shape, 2, nd);
    return new TestArray(y, shape, x.dtype());
  }
}
