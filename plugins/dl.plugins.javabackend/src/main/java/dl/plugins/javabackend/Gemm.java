package dl.plugins.javabackend;

/**
 * Matrix products as a blocked Java loop: the operands are first copied to row-major {@code (M, K)}
 * and {@code (K, N)} (which also resolves the transposes), then {@code C += A·B} runs in tiles that
 * stay in cache, with the i-k-j loop order so the innermost loop is a contiguous axpy.
 */
final class Gemm {
  private static final int TILE = 64;

  private Gemm() {}

  /** One {@code (m, n)} product of {@code a} ({@code (m,k)}, or {@code (k,m)} if transA) and b. */
  static double[] product(
      double[] a,
      int aOff,
      boolean transA,
      double[] b,
      int bOff,
      boolean transB,
      int m,
      int n,
      int k) {
    double[] x = rowMajor(a, aOff, transA, m, k);
    double[] y = rowMajor(b, bOff, transB, k, n);
    double[] c = new double[m * n];
    for (int i0 = 0; i0 < m; i0 += TILE) {
      for (int p0 = 0; p0 < k; p0 += TILE) {
        for (int j0 = 0; j0 < n; j0 += TILE) {
          int i1 = Math.min(m, i0 + TILE);
          int p1 = Math.min(k, p0 + TILE);
          int j1 = Math.min(n, j0 + TILE);
          for (int i = i0; i < i1; i++) {
            for (int p = p0; p < p1; p++) {
              double aip = x[i * k + p];
              int yo = p * n;
              int co = i * n;
              for (int j = j0; j < j1; j++) {
                c[co + j] += aip * y[yo + j];
              }
            }
          }
        }
      }
    }
    return c;
  }

  /** The {@code (rows, cols)} matrix at {@code off}, stored transposed when {@code trans}. */
  private static double[] rowMajor(double[] s, int off, boolean trans, int rows, int cols) {
    double[] r = new double[rows * cols];
    if (!trans) {
      System.arraycopy(s, off, r, 0, r.length);
    } else {
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          r[i * cols + j] = s[off + j * rows + i];
        }
      }
    }
    return r;
  }
}
