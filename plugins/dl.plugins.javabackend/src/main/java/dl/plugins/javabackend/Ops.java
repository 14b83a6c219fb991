package dl.plugins.javabackend;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.UnaryOp;

/**
 * The elementwise definitions, one value at a time, in double. Semantics follow NumPy and the
 * OpenBLAS backend: comparisons give 1 or 0; for int32, {@code DIV} is floor division and {@code
 * FMOD} C's remainder (both 0 for a zero divisor), {@code POW} refuses negative exponents, and
 * transcendental ops are refused.
 */
final class Ops {
  private Ops() {}

  /** {@code v} rounded to what {@code t} holds (int32 wraps like Java's int arithmetic). */
  static double round(DType t, double v) {
    switch (t) {
      case FLOAT32:
        return (float) v;
      case FLOAT64:
        return v;
      default:
        return (int) (long) v;
    }
  }

  /** Whether a unary op is defined for int32. */
  static boolean intUnary(UnaryOp op) {
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
        return x > 0 ? x : 0 * x; // 0*x keeps NaN
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
      case ERF:
        return erf(x);
      default:
        throw new AssertionError(op);
    }
  }

  static double binary(BinaryOp op, DType t, double x, double y) {
    if (t == DType.INT32) {
      return binaryInt(op, (int) x, (int) y);
    }
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MUL:
        return x * y;
      case DIV:
        return x / y;
      case POW:
        return Math.pow(x, y);
      case MAXIMUM:
        return Math.max(x, y);
      case MINIMUM:
        return Math.min(x, y);
      case ARCTAN2:
        return Math.atan2(x, y);
      case FMOD:
        return x % y;
      default:
        return compare(op, Double.compare(x, y), Double.isNaN(x) || Double.isNaN(y));
    }
  }

  private static double binaryInt(BinaryOp op, int x, int y) {
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MUL:
        return x * y;
      case DIV:
        return y == 0 ? 0 : Math.floorDiv(x, y);
      case FMOD:
        return y == 0 ? 0 : x % y;
      case POW:
        return ipow(x, y);
      case MAXIMUM:
        return Math.max(x, y);
      case MINIMUM:
        return Math.min(x, y);
      case ARCTAN2:
        throw new AssertionError(op); // refused by the caller
      default:
        return compare(op, Integer.compare(x, y), false);
    }
  }

  /** Comparison result from a three-way comparison; NaN compares false except for NE. */
  private static double compare(BinaryOp op, int c, boolean nan) {
    if (nan) {
      return op == BinaryOp.NE ? 1 : 0;
    }
    switch (op) {
      case GT:
        return c > 0 ? 1 : 0;
      case GE:
        return c >= 0 ? 1 : 0;
      case LT:
        return c < 0 ? 1 : 0;
      case LE:
        return c <= 0 ? 1 : 0;
      case EQ:
        return c == 0 ? 1 : 0;
      default:
        return c != 0 ? 1 : 0;
    }
  }

  private static int ipow(int base, int exp) {
    if (exp < 0) {
      throw new IllegalArgumentException(
          "binary POW: integers to negative integer powers are not allowed (int32 "
              + base
              + " ** "
              + exp
              + ")");
    }
    int r = 1;
    for (int e = exp, b = base; e != 0; e >>>= 1, b *= b) {
      if ((e & 1) != 0) {
        r *= b;
      }
    }
    return r;
  }

  /**
   * The error function: its Maclaurin series below |x| = 2.5 and the continued fraction of erfc
   * above (about 1e-13 relative accuracy, far below float32's resolution).
   */
  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    double r;
    if (a < 2.5) { // Maclaurin series: 2/√π Σ (-1)^n x^(2n+1) / (n! (2n+1))
      double term = a;
      double sum = a;
      double x2 = a * a;
      for (int n = 1; n < 100 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
        term *= -x2 / n;
        sum += term / (2 * n + 1);
      }
      r = 2 / Math.sqrt(Math.PI) * sum;
    } else { // erfc by Lentz's continued fraction: e^{-x²}/√π · 1/(x + 1/2/(x + 1/(x + 3/2/...)))
      double f = a;
      for (int k = 60; k >= 1; k--) {
        f = a + (k / 2.0) / f;
      }
      r = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / f;
    }
    return x < 0 ? -r : r;
  }
}
