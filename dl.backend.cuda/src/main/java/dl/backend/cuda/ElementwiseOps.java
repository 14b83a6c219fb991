package dl.backend.cuda;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.UnaryOp;

/**
 * CUDA C expressions of the contract's elementwise ops, per dtype: single-precision math functions
 * ({@code expf}) for float32, double ones for float64, and the integer subset for int32 (NumPy
 * semantics: floor division, comparisons as 1/0). An op that has no meaning for a dtype is rejected
 * with the op and the dtype named.
 */
final class ElementwiseOps {
  private ElementwiseOps() {}

  static String unary(UnaryOp op, DType t, String v) {
    if (t == DType.INT32) {
      switch (op) {
        case NEG:
          return "-" + v;
        case ABS:
          return "abs(" + v + ")";
        case SIGN:
          return "(" + v + " > 0) - (" + v + " < 0)";
        case SQUARE:
          return v + " * " + v;
        case RELU:
          return "max(" + v + ", 0)";
        case FLOOR:
        case CEIL:
          return v;
        default:
          throw new IllegalArgumentException("cuda unary " + op + ": not defined for int32");
      }
    }
    String f = t == DType.FLOAT32 ? "f" : "";
    String one = t == DType.FLOAT32 ? "1.0f" : "1.0";
    String zero = t == DType.FLOAT32 ? "0.0f" : "0.0";
    switch (op) {
      case NEG:
        return "-" + v;
      case ABS:
        return "fabs" + f + "(" + v + ")";
      case SIGN:
        return "(" + v + " > " + zero + ") - (" + v + " < " + zero + ")";
      case SQUARE:
        return v + " * " + v;
      case RECIPROCAL:
        return one + " / " + v;
      case SIGMOID:
        return one + " / (" + one + " + exp" + f + "(-" + v + "))";
      case RELU: // 0 * v keeps NaN, as the CPU backend
        return "(" + v + " > " + zero + " ? " + v + " : " + zero + " * " + v + ")";
      case RSQRT:
        return "rsqrt" + f + "(" + v + ")";
      case ARCSIN:
        return "asin" + f + "(" + v + ")";
      case ARCCOS:
        return "acos" + f + "(" + v + ")";
      case ARCTAN:
        return "atan" + f + "(" + v + ")";
      default:
        // exp, log, sqrt, sin, cos, tan, tanh, floor, ceil, expm1, log1p, sinh, cosh, erf
        return op.name().toLowerCase() + f + "(" + v + ")";
    }
  }

  /**
   * Device functions an op's expression needs, placed before the kernel: int32 powers by squaring
   * (a negative exponent gives 0, where the CPU backend raises: a kernel cannot).
   */
  static String prelude(BinaryOp op, DType t) {
    return op == BinaryOp.POW && t == DType.INT32
        ? "__device__ inline int catena_ipow(int b, int e) {\n"
            + "  if (e < 0) return 0;\n"
            + "  int r = 1;\n"
            + "  for (; e != 0; e >>= 1, b *= b) if (e & 1) r *= b;\n"
            + "  return r;\n}\n"
        : "";
  }

  static String binary(BinaryOp op, DType t, String a, String b) {
    boolean integer = t == DType.INT32;
    String f = t == DType.FLOAT32 ? "f" : "";
    switch (op) {
      case ADD:
        return a + " + " + b;
      case SUB:
        return a + " - " + b;
      case MUL:
        return a + " * " + b;
      case DIV:
        // NumPy's floor division for integers (0 for a zero divisor, as the CPU backend).
        return integer
            ? "("
                + b
                + " == 0 ? 0 : ("
                + a
                + " / "
                + b
                + " - (("
                + a
                + " % "
                + b
                + " != 0) && (("
                + a
                + " < 0) != ("
                + b
                + " < 0)))))"
            : a + " / " + b;
      case POW:
        return integer ? "catena_ipow(" + a + ", " + b + ")" : "pow" + f + "(" + a + ", " + b + ")";
      case MAXIMUM: // NaN propagates, as NumPy's maximum
        return integer
            ? "max(" + a + ", " + b + ")"
            : "((" + a + " > " + b + " || " + a + " != " + a + ") ? " + a + " : " + b + ")";
      case MINIMUM:
        return integer
            ? "min(" + a + ", " + b + ")"
            : "((" + a + " < " + b + " || " + a + " != " + a + ") ? " + a + " : " + b + ")";
      case GT:
        return "(" + a + " > " + b + ")";
      case GE:
        return "(" + a + " >= " + b + ")";
      case LT:
        return "(" + a + " < " + b + ")";
      case LE:
        return "(" + a + " <= " + b + ")";
      case EQ:
        return "(" + a + " == " + b + ")";
      case NE:
        return "(" + a + " != " + b + ")";
      case ARCTAN2:
        if (integer) {
          throw new IllegalArgumentException("cuda binary ARCTAN2: not defined for int32");
        }
        return "atan2" + f + "(" + a + ", " + b + ")";
      default: // FMOD
        return integer
            ? "(" + b + " == 0 ? 0 : " + a + " % " + b + ")"
            : "fmod" + f + "(" + a + ", " + b + ")";
    }
  }
}
