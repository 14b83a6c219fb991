package dl.api;

/**
 * Elementwise binary kernels of the backend contract, with NumPy broadcasting. Comparisons give 1
 * or 0 in the dtype of their operands (masks are multiplied, not indexed).
 *
 * <pre>{@code
 * NdArray mask = x.backend().binary(BinaryOp.GT, x, zero);   // or x.gt(0)
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
  FMOD
}
