package dl.functions.math;

import dl.api.DType;
import dl.api.NdArray;

/**
 * Host fallbacks for small dense linear algebra in double (the backend contract has no LU or
 * inverse kernel): Gauss–Jordan elimination with partial pivoting over a batch of square matrices.
 */
final class LinAlg {
  private LinAlg() {}

  /** The inverse of each {@code n×n} matrix of a {@code (B, n, n)} array, in its dtype. */
  static NdArray inverse(String fn, NdArray a) {
    int[] s = a.shape();
    int n = s[1];
    double[] d = a.toDoubleArray();
    double[] out = new double[d.length];
    for (int b = 0; b < s[0]; b++) {
      double[] m = new double[n * n];
      System.arraycopy(d, b * n * n, m, 0, n * n);
      double[] inv = new double[n * n];
      for (int i = 0; i < n; i++) {
        inv[i * n + i] = 1;
      }
      for (int c = 0; c < n; c++) {
        int p = pivot(m, n, c);
        if (m[p * n + c] == 0) {
          throw new ArithmeticException(fn + ": matrix " + b + " of the batch is singular");
        }
        swap(m, n, c, p);
        swap(inv, n, c, p);
        double piv = m[c * n + c];
        for (int j = 0; j < n; j++) {
          m[c * n + j] /= piv;
          inv[c * n + j] /= piv;
        }
        for (int r = 0; r < n; r++) {
          double f = m[r * n + c];
          if (r != c && f != 0) {
            for (int j = 0; j < n; j++) {
              m[r * n + j] -= f * m[c * n + j];
              inv[r * n + j] -= f * inv[c * n + j];
            }
          }
        }
      }
      System.arraycopy(inv, 0, out, b * n * n, n * n);
    }
    return onBackend(a, out, s);
  }

  /** The determinant of each {@code n×n} matrix of a {@code (B, n, n)} array, shape {@code (B)}. */
  static NdArray determinant(NdArray a) {
    int[] s = a.shape();
    int n = s[1];
    double[] d = a.toDoubleArray();
    double[] out = new double[s[0]];
    for (int b = 0; b < s[0]; b++) {
      double[] m = new double[n * n];
      System.arraycopy(d, b * n * n, m, 0, n * n);
      double det = 1;
      for (int c = 0; c < n && det != 0; c++) {
        int p = pivot(m, n, c);
        if (p != c) {
          swap(m, n, c, p);
          det = -det;
        }
        double piv = m[c * n + c];
        det *= piv;
        for (int r = c + 1; r < n && piv != 0; r++) {
          double f = m[r * n + c] / piv;
          for (int j = c; j < n; j++) {
            m[r * n + j] -= f * m[c * n + j];
          }
        }
      }
      out[b] = det;
    }
    return onBackend(a, out, s[0]);
  }

  private static int pivot(double[] m, int n, int c) {
    int p = c;
    for (int r = c + 1; r < n; r++) {
      if (Math.abs(m[r * n + c]) > Math.abs(m[p * n + c])) {
        p = r;
      }
    }
    return p;
  }

  private static void swap(double[] m, int n, int r1, int r2) {
    for (int j = 0; r1 != r2 && j < n; j++) {
      double t = m[r1 * n + j];
      m[r1 * n + j] = m[r2 * n + j];
      m[r2 * n + j] = t;
    }
  }

  private static NdArray onBackend(NdArray like, double[] data, int... shape) {
    NdArray y = like.backend().fromArray(data, shape);
    return like.dtype() == DType.FLOAT64 ? y : like.backend().astype(y, like.dtype());
  }
}
