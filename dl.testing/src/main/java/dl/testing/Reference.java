package dl.testing;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.UnaryOp;

/**
 * Plain-Java reference results for {@link BackendConformanceKit}: each kernel written the obvious
 * way on {@link TestArray}s (multi-indices, no strides tricks), in double, then rounded to the
 * dtype. Independent of every backend.
 */
final class Reference {
  private Reference() {}

  static double round(DType t, double v) {
    return t == DType.FLOAT32 ? (float) v : t == DType.INT32 ? (int) (long) v : v;
  }

  /**
   * An elementwise op at one value: the op's own definition (the contract's meaning; the
   * definitions are checked against independent formulas in dl.testing's DefinitionsTest).
   */
  static double unary(UnaryOp op, DType t, double x) {
    return t == DType.INT32 ? op.applyInt((int) x) : op.apply(x);
  }

  static double binary(BinaryOp op, DType t, double x, double y) {
    return t == DType.INT32 ? op.applyInt((int) x, (int) y) : op.apply(x, y);
  }

  /** The multi-index of flat position {@code k} in {@code shape}. */
  static int[] unravel(int k, int[] shape) {
    int[] idx = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      idx[d] = k % Math.max(1, shape[d]);
      k /= Math.max(1, shape[d]);
    }
    return idx;
  }

  /** Element of {@code a} at the broadcast of multi-index {@code idx} (of a larger shape). */
  static double at(TestArray a, int[] idx) {
    int[] s = a.shape();
    int[] j = new int[s.length];
    for (int d = 0; d < s.length; d++) {
      j[d] = s[d] == 1 ? 0 : idx[idx.length - s.length + d];
    }
    return a.get(j);
  }

  static TestArray binary(BinaryOp op, TestArray a, TestArray b) {
    int[] shape = Shapes.broadcast(a.shape(), b.shape());
    double[] d = new double[Shapes.size(shape)];
    for (int k = 0; k < d.length; k++) {
      int[] idx = unravel(k, shape);
      d[k] = round(a.dtype(), binary(op, a.dtype(), at(a, idx), at(b, idx)));
    }
    return new TestArray(d, shape, a.dtype());
  }

  static TestArray reduce(ReduceOp op, TestArray a, int[] axes, boolean keepdims) {
    int[] ax = Shapes.axes("reference", axes, a.shape().length);
    int[] kept = Shapes.reduced(a.shape(), ax, true);
    double[] acc = new double[Shapes.size(kept)];
    java.util.Arrays.fill(acc, op.identity());
    for (int k = 0; k < a.size(); k++) {
      int[] idx = unravel(k, a.shape());
      for (int d : ax) {
        idx[d] = 0;
      }
      int o = 0;
      for (int d = 0; d < kept.length; d++) {
        o = o * kept[d] + idx[d];
      }
      double v = a.data()[k];
      acc[o] = op.combine(acc[o], v);
    }
    for (int k = 0; k < acc.length; k++) {
      acc[k] = round(a.dtype(), acc[k]);
    }
    return new TestArray(acc, Shapes.reduced(a.shape(), ax, keepdims), a.dtype());
  }

  /** {@code (m, n)} product of 2-d {@code a} and {@code b}, optionally transposed, at offsets. */
  static double[] matmul(
      double[] a, int ao, boolean ta, double[] b, int bo, boolean tb, int m, int n, int k) {
    double[] c = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += a[ao + (ta ? p * m + i : i * k + p)] * b[bo + (tb ? j * k + p : p * n + j)];
        }
        c[i * n + j] = s;
      }
    }
    return c;
  }
}
