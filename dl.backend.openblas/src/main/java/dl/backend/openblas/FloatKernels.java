package dl.backend.openblas;

import dl.api.BinaryOp;
import dl.api.UnaryOp;

/**
 * The float32 elementwise loops over heap arrays. Each op has its own tight loop (the switch is
 * outside the loop), so the JIT can vectorise the simple ones. Broadcasting and parallel splitting
 * are handled by the callers; these see contiguous runs only.
 */
final class FloatKernels {
  private FloatKernels() {}

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
}
