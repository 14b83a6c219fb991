package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static dl.backend.openblas.T.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.DType;
import dl.api.NdArray;
import org.junit.jupiter.api.Test;

/** Batched matmul with a shared right operand (one stacked GEMM) against a naive loop. */
class MatmulStackTest {
  private static double[] data(int size, int seed) {
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      v[i] = ((i * 7 + seed * 5) % 13) - 6; // small integers: exact in float32 too
    }
    return v;
  }

  private static void checkCase(
      DType t, int batch, int batchA, int batchB, int m, int n, int k, boolean ta, boolean tb) {
    double[] a = data(batchA * m * k, 1);
    double[] b = data(batchB * k * n, 2);
    double[] e = new double[batch * m * n];
    for (int z = 0; z < batch; z++) {
      int ao = batchA == 1 ? 0 : z * m * k;
      int bo = batchB == 1 ? 0 : z * k * n;
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int p = 0; p < k; p++) {
            double x = ta ? a[ao + p * m + i] : a[ao + i * k + p];
            double y = tb ? b[bo + j * k + p] : b[bo + p * n + j];
            s += x * y;
          }
          e[(z * m + i) * n + j] = s;
        }
      }
    }
    NdArray x = T.of(t, a, batchA, ta ? k : m, ta ? m : k);
    NdArray y = T.of(t, b, batchB, tb ? n : k, tb ? k : n);
    check(B.matmul(x, y, ta, tb), t, new int[] {batch, m, n}, e, 0);
  }

  @Test
  void sharedRightOperand() {
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      for (boolean tb : new boolean[] {false, true}) {
        checkCase(t, 4, 4, 1, 3, 5, 6, false, tb); // stacked into one product
        checkCase(t, 4, 4, 1, 3, 5, 6, true, tb); // transposed left operands: one per entry
        checkCase(t, 4, 1, 4, 3, 5, 6, false, tb); // shared left operand
        checkCase(t, 1, 1, 1, 3, 5, 6, false, tb);
      }
    }
  }

  @Test
  void productsLargerThanTheScratchRunInPiecesWithTheSameResults() {
    long saved = Gemm.cap;
    Gemm.cap = 20; // every case below exceeds it
    try {
      assertEquals(3, Gemm.plan(false, 4, 4, 1, 3, 5, 6)); // rows of 6: 3 per piece
      assertEquals(0, Gemm.plan(true, 4, 4, 1, 3, 5, 6)); // transposed: one item per call
      assertEquals(0, Gemm.plan(false, 4, 1, 4, 3, 5, 6)); // shared left operand: per item
      assertEquals(-1, Gemm.plan(false, 1, 1, 1, 2, 2, 2)); // fits whole
      sharedRightOperand();
      checkCase(DType.FLOAT32, 1, 1, 1, 7, 2, 30, false, false); // a row longer than the cap
    } finally {
      Gemm.cap = saved;
    }
  }

  @Test
  void smallFloatProductsRunOnOneOpenBlasThreadLargeOnesOnAll() {
    NdArray small = B.full(new int[] {10, 10}, 1, DType.FLOAT32);
    check(
        B.matmul(small, small, false, false),
        DType.FLOAT32,
        new int[] {10, 10},
        T.seq(100, 10, 0),
        0);
    assertEquals(1, org.bytedeco.openblas.global.openblas_nolapack.blas_get_num_threads());
    NdArray big = B.full(new int[] {300, 300}, 1, DType.FLOAT32);
    check(
        B.matmul(big, big, false, false),
        DType.FLOAT32,
        new int[] {300, 300},
        T.seq(90000, 300, 0),
        0);
    assertEquals(
        NativeBlas.threads(),
        org.bytedeco.openblas.global.openblas_nolapack.blas_get_num_threads());
  }
}
