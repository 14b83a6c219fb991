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
  ADD,
  SUB,
  MUL,
  DIV,
  POW,
  MAXIMUM,
  MINIMUM,
  GT,
  GE,
  LT,
  LE,
  EQ,
  NE,
  ARCTAN2,
  FMOD
}
