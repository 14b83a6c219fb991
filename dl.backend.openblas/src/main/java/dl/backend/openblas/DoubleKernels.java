package dl.backend.openblas;

import dl.api.BinaryOp;
import dl.api.UnaryOp;

/**
 * The float64 elementwise loops over heap arrays. The hot ops have their own tight loop (the switch
 * outside the loop, so the JIT can vectorise them); every other op runs one loop over its
 * definition ({@code op.apply}), so a new op needs no code here. Broadcasting and parallel
 * splitting are handled by the callers; these see contiguous runs only.
 */
final class DoubleKernels {
  private DoubleKernels() {}

  /** double unary kernel over [from, to): one tight loop per op, chosen outside the loop. */
  static void unaryD(UnaryOp op, double[] a, double[] o, int from, int to) {
    switch (op) {
      case NEG:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = -x;
        }
        break;
      case ABS:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.abs(x);
        }
        break;
      case EXP:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.exp(x);
        }
        break;
      case LOG:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.log(x);
        }
        break;
      case SQRT:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.sqrt(x);
        }
        break;
      case SQUARE:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = x * x;
        }
        break;
      case TANH:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.tanh(x);
        }
        break;
      case SIGMOID:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = 1.0 / (1.0 + Math.exp(-x));
        }
        break;
      case RELU:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.max(x, 0.0);
        }
        break;
      case RSQRT:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = 1.0 / Math.sqrt(x);
        }
        break;
      default:
        for (int i = from; i < to; i++) {
          o[i] = op.apply(a[i]); // the definition, for the ops not specialised above
        }
        break;
    }
  }

  /** double binary kernel: o[oo+i] = a[ao+i] op b[bo+i] for i in [0, n); o may alias a or b. */
  static void binaryD(
      BinaryOp op, double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
    switch (op) {
      case ADD:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x + y;
        }
        break;
      case SUB:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x - y;
        }
        break;
      case MUL:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x * y;
        }
        break;
      case DIV:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x / y;
        }
        break;
      case MAXIMUM:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = Math.max(x, y);
        }
        break;
      case MINIMUM:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = Math.min(x, y);
        }
        break;
      case GT:
        for (int i = 0; i < n; i++) {
          o[oo + i] = positive(a[ao + i] - b[bo + i]);
        }
        break;
      case GE:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x >= y ? 1.0 : 0;
        }
        break;
      case LT:
        for (int i = 0; i < n; i++) {
          o[oo + i] = positive(b[bo + i] - a[ao + i]);
        }
        break;
      case LE:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x <= y ? 1.0 : 0;
        }
        break;
      case EQ:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x == y ? 1.0 : 0;
        }
        break;
      case NE:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x != y ? 1.0 : 0;
        }
        break;
      default:
        for (int i = 0; i < n; i++) {
          o[oo + i] = op.apply(a[ao + i], b[bo + i]); // the definition
        }
        break;
    }
  }

  /** {@code d > 0 ? 1 : 0} without a branch: {@link FloatKernels#positive} for float64. */
  static double positive(double d) {
    long t = Double.doubleToRawLongBits(d) - 1;
    return Double.longBitsToDouble(0x3ff0000000000000L & ((~t & (t - 0x7ff0000000000000L)) >> 63));
  }
}
