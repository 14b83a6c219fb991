package dl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.ReduceOp;
import dl.api.UnaryOp;
import org.junit.jupiter.api.Test;

/**
 * The scalar definitions on {@link UnaryOp}, {@link BinaryOp} and {@link ReduceOp} (which the
 * conformance kit holds every backend to) checked against formulas written independently here, at
 * values across each op's domain, in float64, float32 and int32.
 */
class DefinitionsTest {
  private static final double[] XS = {-2.5, -1, -0.3, -0.005, 0, 0.005, 0.4, 0.9, 1.5, 2.5};

  /** Equal within {@code rtol} (absolute below 1), or both NaN outside the op's domain. */
  private static void near(double expected, double actual, double rtol, String what) {
    if (Double.isNaN(expected)) {
      assertEquals(true, Double.isNaN(actual), what + ": expected NaN, got " + actual);
    } else {
      assertEquals(expected, actual, rtol * Math.max(1, Math.abs(expected)), what);
    }
  }

  @Test
  void unaryDefinitionsMatchIndependentFormulas() {
    for (UnaryOp op : UnaryOp.values()) {
      for (double x : XS) {
        double e = independentUnary(op, x);
        double a = op.apply(x);
        near(e, a, 1e-12, op + " at " + x);
        near((float) e, op.apply((float) x), 2e-6, op + " f32 at " + x);
        if (op.definedForInt()) {
          int xi = (int) Math.round(x * 2);
          assertEquals(independentUnary(op, xi), op.applyInt(xi), 0, op + " int32 at " + xi);
        }
      }
    }
  }

  @Test
  void binaryDefinitionsMatchIndependentFormulas() {
    for (BinaryOp op : BinaryOp.values()) {
      for (double x : XS) {
        for (double y : new double[] {-1.5, -0.7, 0.3, 1, 2}) {
          double e = independentBinary(op, DType.FLOAT64, x, y);
          double a = op.apply(x, y);
          near(e, a, 1e-12, op + " at " + x + ", " + y);
          if (op.definedForInt()) {
            int xi = (int) Math.round(x * 3);
            int yi = (int) Math.round(y * 2);
            if (op != BinaryOp.POW || yi >= 0) {
              double ei = independentBinary(op, DType.INT32, xi, yi);
              assertEquals((int) (long) ei, op.applyInt(xi, yi), op + " int32 " + xi + ", " + yi);
            }
          }
        }
      }
    }
    assertEquals(0, BinaryOp.DIV.applyInt(3, 0), "int32 division by zero gives 0");
    assertEquals(-4, BinaryOp.DIV.applyInt(-7, 2), "floor division");
    assertEquals(-1, BinaryOp.FMOD.applyInt(-7, 2), "C's remainder");
  }

  @Test
  void reductionsFoldFromTheirIdentity() {
    double[] v = {3, -1, 4, -1.5};
    double[] expected = {4.5, 4, -1.5, 18};
    ReduceOp[] ops = {ReduceOp.SUM, ReduceOp.MAX, ReduceOp.MIN, ReduceOp.PROD};
    for (int i = 0; i < ops.length; i++) {
      double acc = ops[i].identity();
      for (double x : v) {
        acc = ops[i].combine(acc, x);
      }
      assertEquals(expected[i], acc, 0, ops[i].toString());
    }
    assertEquals(true, Double.isNaN(ReduceOp.MAX.combine(1, Double.NaN)), "MAX keeps NaN");
  }

  private static double independentUnary(UnaryOp op, double x) {
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
      case ERF: // Abramowitz-Stegun 7.1.26 is too coarse; integrate e^{-t²} by Simpson
        int n = 2000;
        double h = x / n;
        double s = 1 + Math.exp(-x * x);
        for (int i = 1; i < n; i++) {
          s += (i % 2 == 0 ? 2 : 4) * Math.exp(-(i * h) * (i * h));
        }
        return 2 / Math.sqrt(Math.PI) * s * h / 3;
      default:
        throw new AssertionError("no independent formula for " + op + ": add one here");
    }
  }

  private static double independentBinary(BinaryOp op, DType t, double x, double y) {
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
      case FMOD: // C's remainder, sign of the dividend
        return i && y == 0 ? 0 : x - y * (long) (x / y);
      default:
        throw new AssertionError("no independent formula for " + op + ": add one here");
    }
  }
}
