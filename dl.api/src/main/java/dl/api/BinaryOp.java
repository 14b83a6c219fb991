package dl.api;

/**
 * Elementwise binary kernels of the backend contract, with NumPy broadcasting. Comparisons give 1
 * or 0 in the dtype of their operands (masks are multiplied, not indexed). The scalar meaning of
 * every op is defined once, here, with exhaustive switches: {@link #apply(double, double)} for
 * float64 (float32 rounds its result to float) and {@link #applyInt(int, int)} for int32, where
 * {@code DIV} is floor division and {@code FMOD} C's remainder (both 0 for a zero divisor, as NumPy
 * gives with a warning) and {@code POW} refuses negative exponents.
 *
 * <pre>{@code
 * NdArray mask = x.backend().binary(BinaryOp.GT, x, zero);   // or x.gt(0)
 * int q = BinaryOp.DIV.applyInt(-7, 2);                       // -4, floor division
 * }</pre>
 */
public enum BinaryOp {
  /** {@code a + b}. */
  ADD,
  /** {@code a - b}. */
  SUB,
  /** {@code a * b}. */
  MUL,
  /** {@code a / b} (floor division for int32). */
  DIV,
  /** {@code a ** b}. */
  POW,
  /** The larger of a and b. */
  MAXIMUM,
  /** The smaller of a and b. */
  MINIMUM,
  /** {@code a > b} as 1 or 0. */
  GT,
  /** {@code a >= b} as 1 or 0. */
  GE,
  /** {@code a < b} as 1 or 0. */
  LT,
  /** {@code a <= b} as 1 or 0. */
  LE,
  /** {@code a == b} as 1 or 0. */
  EQ,
  /** {@code a != b} as 1 or 0. */
  NE,
  /** {@code atan2(a, b)}, the angle of the point (b, a). */
  ARCTAN2,
  /** C's remainder {@code fmod(a, b)}, with the sign of a. */
  FMOD;

  /** The op at {@code (a, b)} in float64: the definition every backend follows. */
  public double apply(double a, double b) {
    return switch (this) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      case DIV -> a / b;
      case POW -> Math.pow(a, b);
      case MAXIMUM -> Math.max(a, b); // NaN wins
      case MINIMUM -> Math.min(a, b);
      case GT -> a > b ? 1 : 0; // NaN compares false, except for NE
      case GE -> a >= b ? 1 : 0;
      case LT -> a < b ? 1 : 0;
      case LE -> a <= b ? 1 : 0;
      case EQ -> a == b ? 1 : 0;
      case NE -> a != b ? 1 : 0;
      case ARCTAN2 -> Math.atan2(a, b);
      case FMOD -> a % b;
    };
  }

  /** The op at {@code (a, b)} in float32: {@link #apply(double, double)} rounded to float. */
  public float apply(float a, float b) {
    return (float) apply((double) a, (double) b);
  }

  /** Whether the op exists for int32. */
  public boolean definedForInt() {
    return this != ARCTAN2;
  }

  /** Whether the op is a comparison (its result is 1 or 0). */
  public boolean isComparison() {
    return switch (this) {
      case GT, GE, LT, LE, EQ, NE -> true;
      case ADD, SUB, MUL, DIV, POW, MAXIMUM, MINIMUM, ARCTAN2, FMOD -> false;
    };
  }

  /** The op at {@code (a, b)} in int32 (wrapping as NumPy's int32), or an error naming the op. */
  public int applyInt(int a, int b) {
    return switch (this) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      case DIV -> b == 0 ? 0 : Math.floorDiv(a, b);
      case FMOD -> b == 0 ? 0 : a % b;
      case POW -> ipow(a, b);
      case MAXIMUM -> Math.max(a, b);
      case MINIMUM -> Math.min(a, b);
      case GT -> a > b ? 1 : 0;
      case GE -> a >= b ? 1 : 0;
      case LT -> a < b ? 1 : 0;
      case LE -> a <= b ? 1 : 0;
      case EQ -> a == b ? 1 : 0;
      case NE -> a != b ? 1 : 0;
      case ARCTAN2 ->
          throw new IllegalArgumentException(
              "binary "
                  + this
                  + ": not defined for int32 (it needs float32 or float64; convert with astype)");
    };
  }

  /** Integer power by squaring, wrapping; a negative exponent is an error, as in NumPy. */
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
    for (int e = exp, b = base; e != 0; e >>>= 1, b *= b) {
      if ((e & 1) != 0) {
        r *= b;
      }
    }
    return r;
  }
}
