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

  static double unary(UnaryOp op, double x) {
    switch (op) {
      case NEG:
        return -x;
      case ABS:
        return Math.abs(x);
      case SIGN:
        return Math.signum(x);
      case EXP:
        return Math.exp(x);
      case LOG:
        return Math.log(x);
      case SQRT:
        return Math.sqrt(x);
      case SQUARE:
        return x * x;
      case RECIPROCAL:
        return 1 / x;
      case SIN:
        return Math.sin(x);
      case COS:
        return Math.cos(x);
      case TAN:
        return Math.tan(x);
      case TANH:
        return Math.tanh(x);
      case SIGMOID:
        return 1 / (1 + Math.exp(-x));
      case RELU:
        return Math.max(x, 0);
      case FLOOR:
        return Math.floor(x);
      case CEIL:
        return Math.ceil(x);
      case EXPM1:
        return Math.expm1(x);
      case LOG1P:
        return Math.log1p(x);
      case ARCSIN:
        return Math.asin(x);
      case ARCCOS:
        return Math.acos(x);
      case ARCTAN:
        return Math.atan(x);
      case SINH:
        return Math.sinh(x);
      case COSH:
        return Math.cosh(x);
      case RSQRT:
        return 1 / Math.sqrt(x);
      default: // ERF: Abramowitz-Stegun 7.1.26 is too coarse; integrate e^{-t²} by Simpson
        int n = 2000;
        double h = x / n;
        double s = 1 + Math.exp(-x * x);
        for (int i = 1; i < n; i++) {
          s += (i % 2 == 0 ? 2 : 4) * Math.exp(-(i * h) * (i * h));
        }
        return 2 / Math.sqrt(Math.PI) * s * h / 3;
    }
  }

  static double binary(BinaryOp op, DType t, double x, double y) {
    boolean i = t == DType.INT32;
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MUL:
        return x * y;
      case DIV:
        return i ? (y == 0 ? 0 : Math.floor(x / y)) : x / y;
      case POW:
        return Math.pow(x, y);
      case MAXIMUM:
        return Math.max(x, y);
      case MINIMUM:
        return Math.min(x, y);
      case GT:
        return x > y ? 1 : 0;
      case GE:
        return x >= y ? 1 : 0;
      case LT:
        return x < y ? 1 : 0;
      case LE:
        return x <= y ? 1 : 0;
      case EQ:
        return x == y ? 1 : 0;
      case NE:
        return x != y ? 1 : 0;
      case ARCTAN2:
        return Math.atan2(x, y);
      default: // FMOD: C's remainder, sign of the dividend
        return i && y == 0 ? 0 : x - y * (long) (x / y);
    }
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
    java.util.Arrays.fill(
        acc,
        op == ReduceOp.SUM
            ? 0
            : op == ReduceOp.PROD
                ? 1
                : op == ReduceOp.MAX ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
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
      acc[o] =
          op == ReduceOp.SUM
              ? acc[o] + v
              : op == ReduceOp.PROD
                  ? acc[o] * v
                  : op == ReduceOp.MAX ? Math.max(acc[o], v) : Math.min(acc[o], v);
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
