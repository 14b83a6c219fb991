package dl.backend.openblas;

import static dl.backend.openblas.T.B;
import static dl.backend.openblas.T.check;
import static dl.backend.openblas.T.fails;
import static dl.backend.openblas.T.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.UnaryOp;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class ElementwiseTest {
  /** The reference of each unary op in double. */
  static DoubleUnaryOperator ref(UnaryOp op) {
    switch (op) {
      case NEG:
        return x -> -x;
      case ABS:
        return Math::abs;
      case SIGN:
        return Math::signum;
      case EXP:
        return Math::exp;
      case LOG:
        return Math::log;
      case SQRT:
        return Math::sqrt;
      case SQUARE:
        return x -> x * x;
      case RECIPROCAL:
        return x -> 1 / x;
      case SIN:
        return Math::sin;
      case COS:
        return Math::cos;
      case TAN:
        return Math::tan;
      case TANH:
        return Math::tanh;
      case SIGMOID:
        return x -> 1 / (1 + Math.exp(-x));
      case RELU:
        return x -> x > 0 ? x : 0;
      case FLOOR:
        return Math::floor;
      case CEIL:
        return Math::ceil;
      case EXPM1:
        return Math::expm1;
      case LOG1P:
        return Math::log1p;
      case ARCSIN:
        return Math::asin;
      case ARCCOS:
        return Math::acos;
      case ARCTAN:
        return Math::atan;
      case SINH:
        return Math::sinh;
      case COSH:
        return Math::cosh;
      case RSQRT:
        return x -> 1 / Math.sqrt(x);
      case ERF:
        return ElementwiseTest::erfRef;
      default:
        throw new AssertionError(op);
    }
  }

  /** erf by its Maclaurin series in double: accurate for |x| <= 0.95 (the inputs used here). */
  static double erfRef(double x) {
    double sum = 0;
    double term = x;
    for (int n = 0; n < 60; n++) {
      sum += term / (2 * n + 1);
      term *= -x * x / (n + 1);
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  @Test
  void everyUnaryOpInFloat32AndFloat64() {
    // inputs inside every op's domain: (0.05 .. 0.95), plus negatives for the odd ones
    double[] pos = T.seq(10, 0.05, 0.1);
    double[] mixed = {-0.9, -0.45, -0.1, 0, 0.2, 0.5, 0.85, -0.3};
    for (UnaryOp op : UnaryOp.values()) {
      boolean domainPositive =
          op == UnaryOp.LOG
              || op == UnaryOp.SQRT
              || op == UnaryOp.RSQRT
              || op == UnaryOp.RECIPROCAL;
      double[] x = domainPositive ? pos : mixed;
      DoubleUnaryOperator f = ref(op);
      double[] expect = new double[x.length];
      for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
        NdArray a = of(t, x, 2, x.length / 2);
        double[] xin = a.toDoubleArray(); // the float32-rounded inputs
        for (int i = 0; i < x.length; i++) {
          expect[i] = f.applyAsDouble(xin[i]);
        }
        check(
            B.unary(op, a),
            t,
            new int[] {2, x.length / 2},
            expect,
            t == DType.FLOAT32 ? 2e-7 : 1e-14);
      }
    }
  }

  @Test
  void erfReferenceValues() {
    double[] x = {0, 0.5, 1, 2, 3, -1.5, 5, -7};
    double[] e = {
      0,
      0.5204998778130465,
      0.8427007929497149,
      0.9953222650189527,
      0.9999779095030014,
      -0.9661051464753108,
      0.9999999999984626,
      -1
    };
    check(B.unary(UnaryOp.ERF, T.f64(x, 8)), DType.FLOAT64, new int[] {8}, e, 1e-15);
  }

  @Test
  void specialValues() {
    NdArray a = T.f32(new float[] {Float.NaN, -0f, Float.NEGATIVE_INFINITY}, 3);
    check(
        B.unary(UnaryOp.RELU, a), DType.FLOAT32, new int[] {3}, new double[] {Double.NaN, 0, 0}, 0);
    check(
        B.unary(UnaryOp.EXP, a), DType.FLOAT32, new int[] {3}, new double[] {Double.NaN, 1, 0}, 0);
    check(
        B.unary(UnaryOp.SIGMOID, T.f64(new double[] {-800, 800}, 2)),
        DType.FLOAT64,
        new int[] {2},
        new double[] {0, 1},
        0);
  }

  @Test
  void int32Unary() {
    NdArray a = T.i32(new int[] {-3, 0, 5}, 3);
    check(B.unary(UnaryOp.NEG, a), DType.INT32, new int[] {3}, new double[] {3, 0, -5}, 0);
    check(B.unary(UnaryOp.ABS, a), DType.INT32, new int[] {3}, new double[] {3, 0, 5}, 0);
    check(B.unary(UnaryOp.SIGN, a), DType.INT32, new int[] {3}, new double[] {-1, 0, 1}, 0);
    check(B.unary(UnaryOp.SQUARE, a), DType.INT32, new int[] {3}, new double[] {9, 0, 25}, 0);
    fails(IllegalArgumentException.class, () -> B.unary(UnaryOp.EXP, a), "EXP", "int32");
  }

  static DoubleBinaryOperator ref(BinaryOp op) {
    switch (op) {
      case ADD:
        return (x, y) -> x + y;
      case SUB:
        return (x, y) -> x - y;
      case MUL:
        return (x, y) -> x * y;
      case DIV:
        return (x, y) -> x / y;
      case POW:
        return Math::pow;
      case MAXIMUM:
        return Math::max;
      case MINIMUM:
        return Math::min;
      case GT:
        return (x, y) -> x > y ? 1 : 0;
      case GE:
        return (x, y) -> x >= y ? 1 : 0;
      case LT:
        return (x, y) -> x < y ? 1 : 0;
      case LE:
        return (x, y) -> x <= y ? 1 : 0;
      case EQ:
        return (x, y) -> x == y ? 1 : 0;
      case NE:
        return (x, y) -> x != y ? 1 : 0;
      case ARCTAN2:
        return Math::atan2;
      case FMOD:
        return (x, y) -> x % y;
      default:
        throw new AssertionError(op);
    }
  }

  @Test
  void everyBinaryOpSameShape() {
    double[] x = {0.5, 1.5, 2, 3.25, 0.75, 4, 2, 1};
    double[] y = {1.5, 0.5, 2, 1.25, 2.5, 0.5, 3, 1};
    for (BinaryOp op : BinaryOp.values()) {
      DoubleBinaryOperator f = ref(op);
      for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) {
          e[i] = f.applyAsDouble(x[i], y[i]); // inputs exact in float32
        }
        check(
            B.binary(op, of(t, x, 2, 4), of(t, y, 2, 4)),
            t,
            new int[] {2, 4},
            e,
            t == DType.FLOAT32 ? 2e-7 : 1e-15);
      }
    }
  }

  @Test
  void broadcasting31With4() {
    NdArray a = T.f32(new float[] {1, 2, 3}, 3, 1);
    NdArray b = T.f32(new float[] {10, 20, 30, 40}, 4);
    check(
        B.binary(BinaryOp.ADD, a, b),
        DType.FLOAT32,
        new int[] {3, 4},
        new double[] {11, 21, 31, 41, 12, 22, 32, 42, 13, 23, 33, 43},
        0);
    check(
        B.binary(BinaryOp.SUB, b, a),
        DType.FLOAT32,
        new int[] {3, 4},
        new double[] {9, 19, 29, 39, 8, 18, 28, 38, 7, 17, 27, 37},
        0);
  }

  @Test
  void broadcasting234With31() {
    double[] x = T.seq(24, 0, 1);
    NdArray a = T.f64(x, 2, 3, 4);
    NdArray b = T.f64(new double[] {1, 2, 3}, 3, 1);
    double[] e = new double[24];
    for (int i = 0; i < 24; i++) {
      e[i] = x[i] * (1 + (i / 4) % 3);
    }
    check(B.binary(BinaryOp.MUL, a, b), DType.FLOAT64, new int[] {2, 3, 4}, e, 0);
    check(B.binary(BinaryOp.MUL, b, a), DType.FLOAT64, new int[] {2, 3, 4}, e, 0);
    // (2,1,4) with (3,1): both operands broadcast in different axes
    NdArray c = T.f64(T.seq(8, 0, 1), 2, 1, 4);
    NdArray r = B.binary(BinaryOp.ADD, c, b);
    double[] e2 = new double[24];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 4; k++) {
          e2[(i * 3 + j) * 4 + k] = (i * 4 + k) + (j + 1);
        }
      }
    }
    check(r, DType.FLOAT64, new int[] {2, 3, 4}, e2, 0);
  }

  @Test
  void largeArraysTakeTheParallelPaths() {
    int n = 300_000;
    double[] x = T.seq(n, -1, 1e-5);
    NdArray a = T.of(DType.FLOAT32, x, 300, 1000);
    NdArray row = T.of(DType.FLOAT32, T.seq(1000, 0, 1), 1000);
    NdArray col = T.of(DType.FLOAT32, T.seq(300, 0, 1), 300, 1);
    double[] xin = a.toDoubleArray();
    double[] e = new double[n];
    double[] e2 = new double[n];
    double[] e3 = new double[n];
    double[] e4 = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = xin[i] * xin[i];
      e2[i] = xin[i] + (i % 1000);
      int rowIndex = i / 1000;
      e3[i] = xin[i] - rowIndex;
      e4[i] = Math.exp(xin[i]);
    }
    check(B.binary(BinaryOp.MUL, a, a), DType.FLOAT32, new int[] {300, 1000}, e, 1e-7);
    check(B.binary(BinaryOp.ADD, a, row), DType.FLOAT32, new int[] {300, 1000}, e2, 1e-7);
    check(B.binary(BinaryOp.SUB, a, col), DType.FLOAT32, new int[] {300, 1000}, e3, 1e-7);
    check(B.unary(UnaryOp.EXP, a), DType.FLOAT32, new int[] {300, 1000}, e4, 2e-7);
  }

  @Test
  void scalarOps() {
    NdArray a = T.f32(new float[] {1, 2, 4}, 3);
    check(
        B.binaryScalar(BinaryOp.SUB, a, 1, false),
        DType.FLOAT32,
        new int[] {3},
        new double[] {0, 1, 3},
        0);
    check(
        B.binaryScalar(BinaryOp.SUB, a, 1, true),
        DType.FLOAT32,
        new int[] {3},
        new double[] {0, -1, -3},
        0);
    check(
        B.binaryScalar(BinaryOp.DIV, a, 8, true),
        DType.FLOAT32,
        new int[] {3},
        new double[] {8, 4, 2},
        0);
    check(
        B.binaryScalar(BinaryOp.POW, a, 2, false),
        DType.FLOAT32,
        new int[] {3},
        new double[] {1, 4, 16},
        0);
    check(
        B.binaryScalar(BinaryOp.POW, a, 2, true),
        DType.FLOAT32,
        new int[] {3},
        new double[] {2, 4, 16},
        0);
    check(
        B.binaryScalar(BinaryOp.GT, a, 1.5, false),
        DType.FLOAT32,
        new int[] {3},
        new double[] {0, 1, 1},
        0);
    NdArray s = B.full(new int[0], 3, DType.FLOAT64); // 0-d operand
    check(
        B.binaryScalar(BinaryOp.MUL, s, 2, false), DType.FLOAT64, new int[0], new double[] {6}, 0);
    NdArray big = B.full(new int[] {100_000}, 2, DType.FLOAT64);
    assertEquals(
        600_000,
        B.reduceAll(dl.api.ReduceOp.SUM, B.binaryScalar(BinaryOp.MUL, big, 3, false)).item());
  }

  @Test
  void int32Binary() {
    NdArray a = T.i32(new int[] {7, -7, 6, 0}, 4);
    NdArray b = T.i32(new int[] {2, 2, -4, 0}, 4);
    check(B.binary(BinaryOp.ADD, a, b), DType.INT32, new int[] {4}, new double[] {9, -5, 2, 0}, 0);
    check(B.binary(BinaryOp.SUB, a, b), DType.INT32, new int[] {4}, new double[] {5, -9, 10, 0}, 0);
    check(
        B.binary(BinaryOp.MUL, a, b),
        DType.INT32,
        new int[] {4},
        new double[] {14, -14, -24, 0},
        0);
    // NumPy floor division: 7//2=3, -7//2=-4, 6//-4=-2, x//0=0
    check(B.binary(BinaryOp.DIV, a, b), DType.INT32, new int[] {4}, new double[] {3, -4, -2, 0}, 0);
    check(B.binary(BinaryOp.FMOD, a, b), DType.INT32, new int[] {4}, new double[] {1, -1, 2, 0}, 0);
    check(
        B.binary(BinaryOp.MAXIMUM, a, b), DType.INT32, new int[] {4}, new double[] {7, 2, 6, 0}, 0);
    check(
        B.binary(BinaryOp.MINIMUM, a, b),
        DType.INT32,
        new int[] {4},
        new double[] {2, -7, -4, 0},
        0);
    check(B.binary(BinaryOp.GT, a, b), DType.INT32, new int[] {4}, new double[] {1, 0, 1, 0}, 0);
    check(B.binary(BinaryOp.EQ, a, b), DType.INT32, new int[] {4}, new double[] {0, 0, 0, 1}, 0);
    check(
        B.binaryScalar(BinaryOp.POW, a, 2, false),
        DType.INT32,
        new int[] {4},
        new double[] {49, 49, 36, 0},
        0);
    check(
        B.binaryScalar(BinaryOp.GE, a, 0.5, false),
        DType.INT32,
        new int[] {4},
        new double[] {1, 0, 1, 0},
        0);
    fails(
        IllegalArgumentException.class,
        () -> B.binaryScalar(BinaryOp.MUL, a, 0.5, false),
        "MUL",
        "int32");
    fails(
        IllegalArgumentException.class, () -> B.binary(BinaryOp.ARCTAN2, a, b), "ARCTAN2", "int32");
  }

  @Test
  void binaryIntoInPlace() {
    NdArray t = T.f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    B.binaryInto(BinaryOp.ADD, t, T.f32(new float[] {10, 20, 30}, 3));
    check(t, DType.FLOAT32, new int[] {2, 3}, new double[] {11, 22, 33, 14, 25, 36}, 0);
    B.binaryInto(BinaryOp.MUL, t, T.f32(new float[] {2}, 1));
    check(t, DType.FLOAT32, new int[] {2, 3}, new double[] {22, 44, 66, 28, 50, 72}, 0);
    fails(
        IllegalArgumentException.class,
        () -> B.binaryInto(BinaryOp.ADD, T.f32(new float[3], 3), T.f32(new float[6], 2, 3)),
        "binaryInto ADD",
        "(2, 3)",
        "(3,)");
  }

  @Test
  void errorsNameKernelShapesAndDtypes() {
    fails(
        IllegalArgumentException.class,
        () -> B.binary(BinaryOp.ADD, T.f32(new float[6], 2, 3), T.f32(new float[4], 4)),
        "binary ADD",
        "(2, 3)",
        "(4,)");
    fails(
        IllegalArgumentException.class,
        () -> B.binary(BinaryOp.MUL, T.f32(new float[2], 2), T.f64(new double[2], 2)),
        "binary MUL",
        "float32",
        "float64");
  }

  @Test
  void where() {
    NdArray c = T.i32(new int[] {1, 0, 1}, 3);
    NdArray a = T.f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    NdArray b = T.f32(new float[] {-1, -2}, 2, 1);
    check(B.where(c, a, b), DType.FLOAT32, new int[] {2, 3}, new double[] {1, -1, 3, 4, -2, 6}, 0);
    NdArray cf = T.f64(new double[] {0.5, 0, Double.NaN}, 3); // non-zero and NaN are true
    check(
        B.where(cf, T.f64(new double[] {1, 2, 3}, 3), T.f64(new double[] {9}, 1)),
        DType.FLOAT64,
        new int[] {3},
        new double[] {1, 9, 3},
        0);
  }

  @Test
  void astypeAndCopyInto() {
    NdArray a = T.f64(new double[] {1.7, -1.7, 3}, 3);
    check(B.astype(a, DType.INT32), DType.INT32, new int[] {3}, new double[] {1, -1, 3}, 0);
    check(
        B.astype(a, DType.FLOAT32),
        DType.FLOAT32,
        new int[] {3},
        new double[] {(float) 1.7, (float) -1.7, 3},
        0);
    NdArray same = B.astype(a, DType.FLOAT64);
    B.binaryInto(BinaryOp.ADD, same, same);
    check(a, DType.FLOAT64, new int[] {3}, new double[] {1.7, -1.7, 3}, 0); // a real copy
    NdArray dst = B.zeros(new int[] {2, 3}, DType.FLOAT32);
    B.copyInto(dst, T.i32(new int[] {1, 2, 3}, 3));
    check(dst, DType.FLOAT32, new int[] {2, 3}, new double[] {1, 2, 3, 1, 2, 3}, 0);
  }
}
