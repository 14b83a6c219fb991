package dl.backend.openblas;

import dl.api.Shapes;
import java.util.Arrays;

/**
 * Strided iteration over a shape for several operands at once (NumPy's nditer, much reduced). Axes
 * of size 1 are dropped and axes that are contiguous for every operand are merged, so a broadcast
 * such as {@code (100, 1000) + (1000,)} becomes 100 rows of 1000 and a same-shape operation one
 * long row. The visitor sees one row at a time: the start offset of every operand and the row
 * length; the step of operand k within the row is {@link #innerStride(int)}.
 */
final class Rows {
  /** Receives one row: {@code offsets[k]} is operand k's first element (do not keep the array). */
  @FunctionalInterface
  interface Visitor {
    void row(int[] offsets, int n);
  }

  final int[] shape;
  final int[][] strides;
  final int[] bases;

  /** Length of every row. */
  final int rowLen;

  /** Number of rows. */
  final int rows;

  /**
   * @param shape the iteration shape (no size-0 axis)
   * @param bases first element of each operand
   * @param strides per operand, the step along each axis (0 on broadcast axes)
   */
  Rows(int[] shape, int[] bases, int[]... strides) {
    int k = strides.length;
    int[] s = new int[shape.length];
    int[][] st = new int[k][shape.length];
    int nd = 0;
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] == 1) {
        continue;
      }
      boolean merge = nd > 0;
      for (int j = 0; j < k && merge; j++) {
        merge = st[j][nd - 1] == strides[j][d] * shape[d];
      }
      if (merge) {
        s[nd - 1] *= shape[d];
        for (int j = 0; j < k; j++) {
          st[j][nd - 1] = strides[j][d];
        }
      } else {
        s[nd] = shape[d];
        for (int j = 0; j < k; j++) {
          st[j][nd] = strides[j][d];
        }
        nd++;
      }
    }
    if (nd == 0) {
      this.shape = new int[] {1};
      this.strides = new int[k][1];
    } else {
      this.shape = Arrays.copyOf(s, nd);
      this.strides = new int[k][];
      for (int j = 0; j < k; j++) {
        this.strides[j] = Arrays.copyOf(st[j], nd);
      }
    }
    this.bases = bases.clone();
    this.rowLen = this.shape[this.shape.length - 1];
    int r = 1;
    for (int d = 0; d < this.shape.length - 1; d++) {
      r *= this.shape[d];
    }
    this.rows = r;
  }

  /** Step of operand k along a row. */
  int innerStride(int k) {
    return strides[k][shape.length - 1];
  }

  /** Visits rows {@code [from, to)}. */
  void forEach(int from, int to, Visitor v) {
    if (from >= to) {
      return;
    }
    int outer = shape.length - 1;
    int k = bases.length;
    int[] idx = new int[outer];
    int[] off = bases.clone();
    int r = from;
    for (int d = outer - 1; d >= 0; d--) {
      idx[d] = r % shape[d];
      r /= shape[d];
      for (int j = 0; j < k; j++) {
        off[j] += idx[d] * strides[j][d];
      }
    }
    for (int row = from; row < to; row++) {
      v.row(off, rowLen);
      for (int d = outer - 1; d >= 0; d--) { // odometer step
        idx[d]++;
        for (int j = 0; j < k; j++) {
          off[j] += strides[j][d];
        }
        if (idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
        for (int j = 0; j < k; j++) {
          off[j] -= strides[j][d] * shape[d];
        }
      }
    }
  }

  /** Visits every row, split over the cores when the work is large. */
  void forEachParallel(Visitor v) {
    Par.range(rows, rowLen, (from, to) -> forEach(from, to, v));
  }

  /** Row-major strides of a contiguous array. */
  static int[] contiguous(int[] shape) {
    return Shapes.strides(shape);
  }

  /** Strides of a contiguous array of shape {@code from} broadcast to {@code to}. */
  static int[] broadcast(int[] from, int[] to) {
    return Shapes.broadcastStrides(from, to);
  }
}
