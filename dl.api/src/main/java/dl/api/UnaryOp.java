package dl.api;

/**
 * Elementwise unary kernels of the backend contract. Each applies to every element and keeps the
 * dtype. Functions compose these; backends implement each one.
 *
 * <pre>{@code
 * NdArray y = x.backend().unary(UnaryOp.EXP, x);   // or x.exp()
 * }</pre>
 */
public enum UnaryOp {
  /** {@code -x}. */
  NEG,
  /** {@code |x|}. */
  ABS,
  /** -1, 0 or 1 by the sign of x. */
  SIGN,
  /** {@code e^x}. */
  EXP,
  /** Natural logarithm. */
  LOG,
  /** Square root. */
  SQRT,
  /** {@code x*x}. */
  SQUARE,
  /** {@code 1/x}. */
  RECIPROCAL,
  /** Sine. */
  SIN,
  /** Cosine. */
  COS,
  /** Tangent. */
  TAN,
  /** Hyperbolic tangent. */
  TANH,
  /** {@code 1/(1+e^-x)}. */
  SIGMOID,
  /** {@code max(x, 0)}. */
  RELU,
  /** Largest integer not above x. */
  FLOOR,
  /** Smallest integer not below x. */
  CEIL,
  /** {@code e^x - 1}, exact near 0. */
  EXPM1,
  /** {@code log(1 + x)}, exact near 0. */
  LOG1P,
  /** Inverse sine. */
  ARCSIN,
  /** Inverse cosine. */
  ARCCOS,
  /** Inverse tangent. */
  ARCTAN,
  /** Hyperbolic sine. */
  SINH,
  /** Hyperbolic cosine. */
  COSH,
  /** {@code 1/sqrt(x)}. */
  RSQRT,
  /** The Gauss error function. */
  ERF
}
