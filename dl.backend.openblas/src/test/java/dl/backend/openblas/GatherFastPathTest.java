package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static dl.backend.openblas.T.check;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.ReduceOp;
import org.junit.jupiter.api.Test;

/**
 * The typed fast paths of take, takeAddInto and argReduce (inner size 1, small and large inner
 * sizes, sizes large enough to split over cores) against naive loops in double.
 */
class GatherFastPathTest {
  private static final DType[] TYPES = {DType.FLOAT32, DType.FLOAT64, DType.INT32};

  /** Integer-valued data, so every dtype and every summation order is exact. */
  private static double[] data(int size, int seed) {
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      v[i] = ((i * 37 + seed * 11) % 23) - 11;
    }
    return v;
  }

  private static int resolve(int i, int n) {
    return i < 0 ? i + n : i;
  }

  private static void checkTake(int outer, int n, int inner, int[] idx) {
    double[] x = data(outer * n * inner, 1);
    int m = idx.length;
    double[] e = new double[outer * m * inner];
    for (int o = 0; o < outer; o++) {
      for (int j = 0; j < m; j++) {
        for (int i = 0; i < inner; i++) {
          e[(o * m + j) * inner + i] = x[(o * n + resolve(idx[j], n)) * inner + i];
        }
      }
    }
    for (DType t : TYPES) {
      NdArray r = B.take(T.of(t, x, outer, n, inner), T.i32(idx, m), 1);
      check(r, t, new int[] {outer, m, inner}, e, 0);
    }
  }

  private static void checkTakeAdd(int outer, int n, int inner, int[] idx) {
    int m = idx.length;
    double[] target = data(outer * n * inner, 2);
    double[] v = data(outer * m * inner, 3);
    double[] e = target.clone();
    for (int o = 0; o < outer; o++) {
      for (int j = 0; j < m; j++) {
        for (int i = 0; i < inner; i++) {
          e[(o * n + resolve(idx[j], n)) * inner + i] += v[(o * m + j) * inner + i];
        }
      }
    }
    for (DType t : TYPES) {
      NdArray g = T.of(t, target, outer, n, inner);
      B.takeAddInto(g, T.i32(idx, m), 1, T.of(t, v, outer, m, inner));
      check(g, t, new int[] {outer, n, inner}, e, 0);
    }
  }

  @Test
  void takeInnerOneSmallAndLarge() {
    int[] idx = {4, -1, 0, 2, 2, -5};
    checkTake(3, 5, 1, idx);
    checkTake(3, 5, 3, idx);
    checkTake(2, 5, 20, idx); // beyond the small-row loop: arraycopy
    checkTake(1, 5, 1, new int[0]);
    // Large enough to split over the outer axis.
    checkTake(1200, 9, 1, new int[] {0, 8, -3, 4, 4, 1, 2, 3, 5, 6, 7, 0, -9, 2, 3, 4, 5, 6});
    checkTake(400, 5, 12, new int[] {0, 4, -3, 4, 4, 1, 2, 3, 0, -1, 2, 3, 4, 0, 1});
  }

  @Test
  void takeAddIntoAccumulatesRepeatedAndNegativeIndices() {
    int[] idx = {1, -4, 1, 3, -1, 0, 1};
    checkTakeAdd(3, 4, 1, idx);
    checkTakeAdd(3, 4, 3, idx);
    checkTakeAdd(2, 4, 20, idx);
    checkTakeAdd(1200, 9, 1, new int[] {0, 8, -1, 4, 4, 1, -9, 3, 5, 6, 7, 0, 0, 2, 3, 4, 5, 6});
    checkTakeAdd(400, 5, 12, new int[] {0, 4, -1, 4, 4, 1, 2, 3, 0, -5, 2, 3, 4, 0, 1});
  }

  @Test
  void badIndexLeavesTargetUnchanged() {
    double[] target = data(2 * 3 * 2, 4);
    NdArray g = T.of(DType.FLOAT32, target, 2, 3, 2);
    NdArray v = T.of(DType.FLOAT32, data(2 * 2 * 2, 5), 2, 2, 2);
    assertThrows(
        IndexOutOfBoundsException.class, () -> B.takeAddInto(g, T.i32(new int[] {0, 3}, 2), 1, v));
    check(g, DType.FLOAT32, new int[] {2, 3, 2}, target, 0);
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> B.take(T.of(DType.INT32, target, 2, 3, 2), T.i32(new int[] {-4}, 1), 1));
  }

  private static void checkArg(DType t, double[] x, int outer, int n, int inner) {
    for (ReduceOp op : new ReduceOp[] {ReduceOp.MAX, ReduceOp.MIN}) {
      double[] e = new double[outer * inner];
      for (int p = 0; p < outer; p++) {
        for (int q = 0; q < inner; q++) {
          int bi = 0;
          for (int j = 1; j < n; j++) {
            double best = x[(p * n + bi) * inner + q];
            double v = x[(p * n + j) * inner + q];
            if (Double.isNaN(best)) {
              break;
            }
            if (Double.isNaN(v) || (op == ReduceOp.MAX ? v > best : v < best)) {
              bi = j;
            }
          }
          e[p * inner + q] = bi;
        }
      }
      NdArray r = B.argReduce(op, T.of(t, x, outer, n, inner), 1);
      check(r, DType.INT32, new int[] {outer, inner}, e, 0);
    }
  }

  @Test
  void argReduceTypedLoops() {
    for (DType t : TYPES) {
      checkArg(t, data(3 * 4 * 1, 6), 3, 4, 1); // ties: the first extreme wins
      checkArg(t, data(3 * 4 * 5, 7), 3, 4, 5);
      checkArg(t, data(900 * 4 * 25, 8), 900, 4, 25); // split over cores
    }
    double[] nan = {1, Double.NaN, 5, Double.NaN, 2, 7, 3, 0};
    checkArg(DType.FLOAT32, nan, 2, 2, 2);
    checkArg(DType.FLOAT64, nan, 2, 2, 2);
    double[] lateNan = {1, Double.NaN, Double.NaN, 9, 5, 2, Double.NaN, 0};
    checkArg(DType.FLOAT32, lateNan, 1, 4, 2);
    checkArg(DType.FLOAT64, lateNan, 1, 4, 2);
  }
}
