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
  NEG,
  ABS,
  SIGN,
  EXP,
  LOG,
  SQRT,
  SQUARE,
  RECIPROCAL,
  SIN,
  COS,
  TAN,
  TANH,
  SIGMOID,
  RELU,
  FLOOR,
  CEIL,
  EXPM1,
  LOG1P,
  ARCSIN,
  ARCCOS,
  ARCTAN,
  SINH,
  COSH,
  RSQRT,
  ERF
}
