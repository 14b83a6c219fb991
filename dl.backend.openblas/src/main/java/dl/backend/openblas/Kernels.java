package dl.backend.openblas;

import dl.api.BinaryOp;
import dl.api.UnaryOp;

/**
 * The elementwise loops over heap arrays. Each op has its own tight loop (the switch is outside the
 * loop), so the JIT can vectorise the simple ones. Broadcasting and parallel splitting are handled
 * by the callers; these see contiguous runs only.
 */
final class Kernels {
  private Kernels() {}

  /** float unary kernel over [from, to): one tight loop per op, chosen outside the loop. */
  static void unaryF(UnaryOp op, float[] a, float[] o, int from, int to) {
    switch (op) {
      case NEG:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = -x;
        }
        break;
      case ABS:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = Math.abs(x);
        }
        break;
      case SIGN:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = Math.signum(x);
        }
        break;
      case EXP:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.exp(x);
        }
        break;
      case LOG:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.log(x);
        }
        break;
      case SQRT:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.sqrt(x);
        }
        break;
      case SQUARE:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = x * x;
        }
        break;
      case RECIPROCAL:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = 1f / x;
        }
        break;
      case SIN:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.sin(x);
        }
        break;
      case COS:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.cos(x);
        }
        break;
      case TAN:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.tan(x);
        }
        break;
      case TANH:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.tanh(x);
        }
        break;
      case SIGMOID:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) (1.0 / (1.0 + Math.exp(-x)));
        }
        break;
      case RELU:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = Math.max(x, 0f);
        }
        break;
      case FLOOR:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.floor(x);
        }
        break;
      case CEIL:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.ceil(x);
        }
        break;
      case EXPM1:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.expm1(x);
        }
        break;
      case LOG1P:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.log1p(x);
        }
        break;
      case ARCSIN:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.asin(x);
        }
        break;
      case ARCCOS:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.acos(x);
        }
        break;
      case ARCTAN:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.atan(x);
        }
        break;
      case SINH:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.sinh(x);
        }
        break;
      case COSH:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Math.cosh(x);
        }
        break;
      case RSQRT:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) (1.0 / Math.sqrt(x));
        }
        break;
      case ERF:
        for (int i = from; i < to; i++) {
          float x = a[i];
          o[i] = (float) Erf.erf(x);
        }
        break;
      default:
        throw new AssertionError(op);
    }
  }

  /** float binary kernel: o[oo+i] = a[ao+i] op b[bo+i] for i in [0, n); o may alias a or b. */
  static void binaryF(BinaryOp op, float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
    switch (op) {
      case ADD:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x + y;
        }
        break;
      case SUB:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x - y;
        }
        break;
      case MUL:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x * y;
        }
        break;
      case DIV:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x / y;
        }
        break;
      case POW:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = (float) Math.pow(x, y);
        }
        break;
      case MAXIMUM:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = Math.max(x, y);
        }
        break;
      case MINIMUM:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = Math.min(x, y);
        }
        break;
      case GT:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x > y ? 1f : 0;
        }
        break;
      case GE:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x >= y ? 1f : 0;
        }
        break;
      case LT:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x < y ? 1f : 0;
        }
        break;
      case LE:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x <= y ? 1f : 0;
        }
        break;
      case EQ:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x == y ? 1f : 0;
        }
        break;
      case NE:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x != y ? 1f : 0;
        }
        break;
      case ARCTAN2:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = (float) Math.atan2(x, y);
        }
        break;
      case FMOD:
        for (int i = 0; i < n; i++) {
          float x = a[ao + i];
          float y = b[bo + i];
          o[oo + i] = x % y;
        }
        break;
      default:
        throw new AssertionError(op);
    }
  }

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
      case SIGN:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.signum(x);
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
      case RECIPROCAL:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = 1.0 / x;
        }
        break;
      case SIN:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.sin(x);
        }
        break;
      case COS:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.cos(x);
        }
        break;
      case TAN:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.tan(x);
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
      case FLOOR:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.floor(x);
        }
        break;
      case CEIL:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.ceil(x);
        }
        break;
      case EXPM1:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.expm1(x);
        }
        break;
      case LOG1P:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.log1p(x);
        }
        break;
      case ARCSIN:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.asin(x);
        }
        break;
      case ARCCOS:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.acos(x);
        }
        break;
      case ARCTAN:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.atan(x);
        }
        break;
      case SINH:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.sinh(x);
        }
        break;
      case COSH:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Math.cosh(x);
        }
        break;
      case RSQRT:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = 1.0 / Math.sqrt(x);
        }
        break;
      case ERF:
        for (int i = from; i < to; i++) {
          double x = a[i];
          o[i] = Erf.erf(x);
        }
        break;
      default:
        throw new AssertionError(op);
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
      case POW:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = Math.pow(x, y);
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
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x > y ? 1.0 : 0;
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
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x < y ? 1.0 : 0;
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
      case ARCTAN2:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = Math.atan2(x, y);
        }
        break;
      case FMOD:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          double y = b[bo + i];
          o[oo + i] = x % y;
        }
        break;
      default:
        throw new AssertionError(op);
    }
  }

  /** Whether an int32 unary kernel exists (transcendental ops need a floating dtype). */
  static boolean intUnarySupported(UnaryOp op) {
    switch (op) {
      case NEG:
      case ABS:
      case SIGN:
      case SQUARE:
      case RELU:
      case FLOOR:
      case CEIL:
        return true;
      default:
        return false;
    }
  }

  /** int32 unary kernel; FLOOR and CEIL are the identity on integers. */
  static void unaryI(UnaryOp op, int[] a, int[] o, int from, int to) {
    switch (op) {
      case NEG:
        for (int i = from; i < to; i++) {
          o[i] = -a[i];
        }
        break;
      case ABS:
        for (int i = from; i < to; i++) {
          o[i] = Math.abs(a[i]);
        }
        break;
      case SIGN:
        for (int i = from; i < to; i++) {
          o[i] = Integer.signum(a[i]);
        }
        break;
      case SQUARE:
        for (int i = from; i < to; i++) {
          o[i] = a[i] * a[i];
        }
        break;
      case RELU:
        for (int i = from; i < to; i++) {
          o[i] = Math.max(a[i], 0);
        }
        break;
      case FLOOR:
      case CEIL:
        System.arraycopy(a, from, o, from, to - from);
        break;
      default:
        throw new AssertionError(op);
    }
  }

  /** Whether an int32 binary kernel exists. */
  static boolean intBinarySupported(BinaryOp op) {
    return op != BinaryOp.ARCTAN2;
  }

  /**
   * int32 binary kernel. DIV is NumPy's floor division {@code //} (and FMOD C's remainder, with the
   * dividend's sign); both give 0 for a zero divisor, as NumPy does (with a warning there). POW
   * raises to non-negative integer powers; a negative power is an error, as in NumPy.
   */
  static void binaryI(BinaryOp op, int[] a, int ao, int[] b, int bo, int[] o, int oo, int n) {
    switch (op) {
      case ADD:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] + b[bo + i];
        }
        break;
      case SUB:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] - b[bo + i];
        }
        break;
      case MUL:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] * b[bo + i];
        }
        break;
      case DIV:
        for (int i = 0; i < n; i++) {
          int y = b[bo + i];
          o[oo + i] = y == 0 ? 0 : Math.floorDiv(a[ao + i], y);
        }
        break;
      case FMOD:
        for (int i = 0; i < n; i++) {
          int y = b[bo + i];
          o[oo + i] = y == 0 ? 0 : a[ao + i] % y;
        }
        break;
      case POW:
        for (int i = 0; i < n; i++) {
          o[oo + i] = ipow(a[ao + i], b[bo + i]);
        }
        break;
      case MAXIMUM:
        for (int i = 0; i < n; i++) {
          o[oo + i] = Math.max(a[ao + i], b[bo + i]);
        }
        break;
      case MINIMUM:
        for (int i = 0; i < n; i++) {
          o[oo + i] = Math.min(a[ao + i], b[bo + i]);
        }
        break;
      case GT:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] > b[bo + i] ? 1 : 0;
        }
        break;
      case GE:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] >= b[bo + i] ? 1 : 0;
        }
        break;
      case LT:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] < b[bo + i] ? 1 : 0;
        }
        break;
      case LE:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] <= b[bo + i] ? 1 : 0;
        }
        break;
      case EQ:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] == b[bo + i] ? 1 : 0;
        }
        break;
      case NE:
        for (int i = 0; i < n; i++) {
          o[oo + i] = a[ao + i] != b[bo + i] ? 1 : 0;
        }
        break;
      default:
        throw new AssertionError(op);
    }
  }

  /** Integer power by squaring (wrapping like NumPy's int32). */
  static int ipow(int base, int exp) {
    if (exp < 0) {
      throw new IllegalArgumentException(
          "binary POW: integers to negative integer powers are not allowed (int32 "
              + base
              + " ** "
              + exp
              + ")");
    }
    int r = 1;
    while (exp != 0) {
      if ((exp & 1) != 0) {
        r *= base;
      }
      base *= base;
      exp >>>= 1;
    }
    return r;
  }
}
