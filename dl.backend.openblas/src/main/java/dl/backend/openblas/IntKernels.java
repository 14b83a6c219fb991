package dl.backend.openblas;

import dl.api.BinaryOp;
import dl.api.UnaryOp;

/**
 * The int32 elementwise loops over heap arrays; transcendental ops are refused by the callers. The
 * hot ops have their own tight loop (the JIT vectorises them); the others run one loop over their
 * definition ({@code op.applyInt}). Broadcasting and parallel splitting are handled by the callers;
 * these see contiguous runs only.
 */
final class IntKernels {
  private IntKernels() {}

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
      default:
        for (int i = from; i < to; i++) {
          o[i] = op.applyInt(a[i]); // the definition (the caller refused ops without one)
        }
    }
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
      default:
        for (int i = 0; i < n; i++) {
          o[oo + i] = op.applyInt(a[ao + i], b[bo + i]); // the definition
        }
    }
  }
}
