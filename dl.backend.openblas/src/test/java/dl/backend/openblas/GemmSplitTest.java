package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.DType;
import dl.api.NdArray;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Products cut into pieces for the cores equal the uncut product up to the last bits (each piece is
 * a whole sum over k, but OpenBLAS may choose another kernel for a smaller product), along rows and
 * along columns, for every transposition, in float32 and float64; and equal a direct float64 loop.
 */
class GemmSplitTest {
  private static double[] random(int n, long seed) {
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextGaussian();
    }
    return v;
  }

  private static NdArray product(
      DType t, double[] a, double[] b, int m, int n, int k, boolean ta, boolean tb) {
    NdArray x = ta ? T.of(t, a, k, m) : T.of(t, a, m, k);
    NdArray y = tb ? T.of(t, b, n, k) : T.of(t, b, k, n);
    return B.matmul(x, y, ta, tb);
  }

  @Test
  void piecesEqualTheWholeProduct() {
    assertEquals(Par.CORES > 1, Gemm.ownThreads(), "OpenBLAS runs on one thread; Gemm splits");
    long saved = Gemm.singleThreadBelow;
    try {
      for (int[] s : new int[][] {{67, 35, 41}, {35, 67, 41}, {130, 3, 17}, {2, 150, 9}}) {
        int m = s[0];
        int n = s[1];
        int k = s[2];
        double[] a = random(m * k, m);
        double[] b = random(k * n, n);
        for (int tr = 0; tr < 4; tr++) {
          boolean ta = (tr & 1) != 0;
          boolean tb = (tr & 2) != 0;
          for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Gemm.singleThreadBelow = Long.MAX_VALUE;
            double[] whole = product(t, a, b, m, n, k, ta, tb).toDoubleArray();
            Gemm.singleThreadBelow = 0;
            double[] split = product(t, a, b, m, n, k, ta, tb).toDoubleArray();
            // OpenBLAS may pick another kernel for a smaller piece: the last bit may differ
            double tol = t == DType.FLOAT32 ? 2e-6 : 1e-14;
            assertArrayEquals(whole, split, tol * k, t + " " + m + "x" + n + "x" + k + " tr " + tr);
            double[] e = new double[m * n];
            for (int i = 0; i < m; i++) {
              for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                  sum += a[ta ? p * m + i : i * k + p] * b[tb ? j * k + p : p * n + j];
                }
                e[i * n + j] = sum;
              }
            }
            assertArrayEquals(e, split, t == DType.FLOAT32 ? 1e-4 : 1e-12);
          }
        }
      }
    } finally {
      Gemm.singleThreadBelow = saved;
    }
  }
}
