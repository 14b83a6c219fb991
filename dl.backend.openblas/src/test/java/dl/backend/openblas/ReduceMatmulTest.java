package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static dl.backend.openblas.T.check;
import static dl.backend.openblas.T.fails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.ReduceOp;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReduceMatmulTest {
  // x[i][j][k] = i*12 + j*4 + k, shape (2, 3, 4)
  private final double[] x = T.seq(24, 0, 1);

  @Test
  void reduceSingleAxes() {
    NdArray a = T.f32(T.of(DType.FLOAT32, x, 24).toFloatArray(), 2, 3, 4);
    check(
        B.reduce(ReduceOp.SUM, a, new int[] {0}, false),
        DType.FLOAT32,
        new int[] {3, 4},
        new double[] {12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34},
        0);
    check(
        B.reduce(ReduceOp.SUM, a, new int[] {1}, false),
        DType.FLOAT32,
        new int[] {2, 4},
        new double[] {12, 15, 18, 21, 48, 51, 54, 57},
        0);
    check(
        B.reduce(ReduceOp.MAX, a, new int[] {-1}, true),
        DType.FLOAT32,
        new int[] {2, 3, 1},
        new double[] {3, 7, 11, 15, 19, 23},
        0);
    check(
        B.reduce(ReduceOp.MIN, a, new int[] {2}, false),
        DType.FLOAT32,
        new int[] {2, 3},
        new double[] {0, 4, 8, 12, 16, 20},
        0);
    NdArray small = T.f64(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    check(
        B.reduce(ReduceOp.PROD, small, new int[] {1}, false),
        DType.FLOAT64,
        new int[] {2},
        new double[] {6, 120},
        0);
    check(
        B.reduce(ReduceOp.PROD, small, new int[] {0}, true),
        DType.FLOAT64,
        new int[] {1, 3},
        new double[] {4, 10, 18},
        0);
  }

  @Test
  void reduceSeveralAndAllAxes() {
    NdArray a = T.f64(x, 2, 3, 4);
    check(
        B.reduce(ReduceOp.SUM, a, new int[] {0, 2}, false),
        DType.FLOAT64,
        new int[] {3},
        new double[] {60, 92, 124},
        0);
    check(
        B.reduce(ReduceOp.SUM, a, new int[] {2, 0}, true),
        DType.FLOAT64,
        new int[] {1, 3, 1},
        new double[] {60, 92, 124},
        0);
    check(
        B.reduce(ReduceOp.MAX, a, new int[] {0, 1}, false),
        DType.FLOAT64,
        new int[] {4},
        new double[] {20, 21, 22, 23},
        0);
    check(
        B.reduce(ReduceOp.SUM, a, new int[] {0, 1, 2}, true),
        DType.FLOAT64,
        new int[] {1, 1, 1},
        new double[] {276},
        0);
    check(B.reduceAll(ReduceOp.SUM, a), DType.FLOAT64, new int[0], new double[] {276}, 0);
    check(B.reduceAll(ReduceOp.MIN, a), DType.FLOAT64, new int[0], new double[] {0}, 0);
    NdArray copy = B.reduce(ReduceOp.SUM, a, new int[0], false); // empty axes: a copy
    check(copy, DType.FLOAT64, new int[] {2, 3, 4}, x, 0);
    check(
        B.reduce(ReduceOp.SUM, T.i32(new int[] {1, 2, 3, 4}, 2, 2), new int[] {0}, false),
        DType.INT32,
        new int[] {2},
        new double[] {4, 6},
        0);
    check(
        B.reduce(ReduceOp.MAX, T.f32(new float[] {1, Float.NaN, 3}, 3), new int[] {0}, false),
        DType.FLOAT32,
        new int[0],
        new double[] {Double.NaN},
        0);
    fails(
        IllegalArgumentException.class,
        () -> B.reduce(ReduceOp.SUM, a, new int[] {3}, false),
        "reduce SUM",
        "axis 3");
  }

  @Test
  void argReduce() {
    NdArray a = T.f32(new float[] {3, 9, 1, 7, 2, 8}, 2, 3);
    check(B.argReduce(ReduceOp.MAX, a, 1), DType.INT32, new int[] {2}, new double[] {1, 2}, 0);
    check(B.argReduce(ReduceOp.MIN, a, 1), DType.INT32, new int[] {2}, new double[] {2, 1}, 0);
    check(B.argReduce(ReduceOp.MAX, a, 0), DType.INT32, new int[] {3}, new double[] {1, 0, 1}, 0);
    check(B.argReduce(ReduceOp.MIN, a, -2), DType.INT32, new int[] {3}, new double[] {0, 1, 0}, 0);
    check(
        B.argReduce(ReduceOp.MAX, T.f64(new double[] {1, 5, 5}, 3), 0),
        DType.INT32,
        new int[0],
        new double[] {1},
        0); // first of equal maxima
  }

  /** Naive product in double of op(a) (m×k) and op(b) (k×n). */
  static double[] naive(double[] a, double[] b, int m, int n, int k, boolean ta, boolean tb) {
    double[] c = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
        }
        c[i * n + j] = s;
      }
    }
    return c;
  }

  static double[] rand(int n, long seed, boolean integers) {
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = integers ? r.nextInt(7) - 3 : (float) r.nextGaussian();
    }
    return v;
  }

  @Test
  void matmul2dAllTransposes() {
    int m = 5;
    int n = 7;
    int k = 3;
    double[] a = rand(m * k, 1, false);
    double[] b = rand(k * n, 2, false);
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32}) {
      double[] av = t == DType.INT32 ? rand(m * k, 3, true) : a;
      double[] bv = t == DType.INT32 ? rand(k * n, 4, true) : b;
      for (int c = 0; c < 4; c++) {
        boolean ta = (c & 2) != 0;
        boolean tb = (c & 1) != 0;
        NdArray x = T.of(t, av, ta ? new int[] {k, m} : new int[] {m, k});
        NdArray y = T.of(t, bv, tb ? new int[] {n, k} : new int[] {k, n});
        check(
            B.matmul(x, y, ta, tb),
            t,
            new int[] {m, n},
            naive(av, bv, m, n, k, ta, tb),
            t == DType.FLOAT32 ? 1e-5 : 1e-13);
      }
    }
  }

  @Test
  void matmulLargerThanScratch() {
    int m = 64;
    int n = 300;
    int k = 200;
    double[] a = rand(m * k, 5, false);
    double[] b = rand(k * n, 6, false);
    check(
        B.matmul(T.of(DType.FLOAT64, a, k, m), T.of(DType.FLOAT64, b, n, k), true, true),
        DType.FLOAT64,
        new int[] {m, n},
        naive(a, b, m, n, k, true, true),
        1e-12);
    check(
        B.matmul(T.of(DType.FLOAT32, a, m, k), T.of(DType.FLOAT32, b, k, n), false, false),
        DType.FLOAT32,
        new int[] {m, n},
        naive(a, b, m, n, k, false, false),
        1e-4);
  }

  @Test
  void matmulBatched() {
    int bt = 3;
    int m = 2;
    int n = 4;
    int k = 5;
    for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32}) {
      boolean ints = t == DType.INT32;
      double[] a = rand(bt * m * k, 7, ints);
      double[] b = rand(bt * k * n, 8, ints);
      double tol = t == DType.FLOAT32 ? 1e-5 : 1e-13;
      for (int c = 0; c < 4; c++) {
        boolean ta = (c & 2) != 0;
        boolean tb = (c & 1) != 0;
        NdArray x = T.of(t, a, bt, ta ? k : m, ta ? m : k);
        NdArray y = T.of(t, b, bt, tb ? n : k, tb ? k : n);
        double[] e = new double[bt * m * n];
        for (int i = 0; i < bt; i++) {
          double[] ai = java.util.Arrays.copyOfRange(a, i * m * k, (i + 1) * m * k);
          double[] bi = java.util.Arrays.copyOfRange(b, i * k * n, (i + 1) * k * n);
          System.arraycopy(naive(ai, bi, m, n, k, ta, tb), 0, e, i * m * n, m * n);
        }
        check(B.matmul(x, y, ta, tb), t, new int[] {bt, m, n}, e, tol);
      }
      // a batch of 1 broadcasts, on either side
      NdArray x1 = T.of(t, java.util.Arrays.copyOf(a, m * k), 1, m, k);
      NdArray y3 = T.of(t, b, bt, k, n);
      double[] e = new double[bt * m * n];
      for (int i = 0; i < bt; i++) {
        double[] bi = java.util.Arrays.copyOfRange(b, i * k * n, (i + 1) * k * n);
        System.arraycopy(
            naive(java.util.Arrays.copyOf(a, m * k), bi, m, n, k, false, false),
            0,
            e,
            i * m * n,
            m * n);
      }
      check(B.matmul(x1, y3, false, false), t, new int[] {bt, m, n}, e, tol);
      NdArray x3 = T.of(t, a, bt, m, k);
      NdArray y1 = T.of(t, java.util.Arrays.copyOf(b, k * n), 1, k, n);
      double[] e2 = new double[bt * m * n];
      for (int i = 0; i < bt; i++) {
        double[] ai = java.util.Arrays.copyOfRange(a, i * m * k, (i + 1) * m * k);
        System.arraycopy(
            naive(ai, java.util.Arrays.copyOf(b, k * n), m, n, k, false, false),
            0,
            e2,
            i * m * n,
            m * n);
      }
      check(B.matmul(x3, y1, false, false), t, new int[] {bt, m, n}, e2, tol);
    }
  }

  @Test
  void matmulErrors() {
    fails(
        IllegalArgumentException.class,
        () -> B.matmul(T.f32(new float[6], 2, 3), T.f32(new float[8], 4, 2), false, false),
        "matmul",
        "(2, 3)",
        "(4, 2)");
    fails(
        IllegalArgumentException.class,
        () -> B.matmul(T.f32(new float[3], 3), T.f32(new float[3], 3), false, false),
        "matmul",
        "2-d",
        "(3,)");
    fails(
        IllegalArgumentException.class,
        () -> B.matmul(T.f32(new float[4], 2, 2), T.f64(new double[4], 2, 2), false, false),
        "matmul",
        "float32",
        "float64");
    fails(
        IllegalArgumentException.class,
        () -> B.matmul(T.f32(new float[8], 2, 2, 2), T.f32(new float[12], 3, 2, 2), false, false),
        "matmul",
        "batch");
  }

  @Test
  void matmulEmptyInner() {
    NdArray r = B.matmul(T.f32(new float[0], 2, 0), T.f32(new float[0], 0, 3), false, false);
    assertArrayEquals(new float[6], r.toFloatArray());
  }
}
