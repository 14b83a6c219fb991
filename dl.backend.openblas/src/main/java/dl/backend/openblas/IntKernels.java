package dl.backend.openblas;

import dl.api.BinaryOp;
import dl.api.UnaryOp;

/**
 * The int32 elementwise loops over heap arrays; transcendental ops are refused by the callers. Each
 * op has its own tight loop (the switch is outside the loop), so the JIT can vectorise the simple
 * ones. Broadcasting and parallel splitting are handled by the callers; these see contiguous runs
 * only.
 */
final class IntKernels {
  private IntKernels() {}

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
