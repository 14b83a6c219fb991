package dl.api;

/**
 * Elementwise unary kernels of the backend contract. Each applies to every element and keeps the
 * dtype. Functions compose these. The scalar meaning of every op is defined once, here: {@link
 * #apply(double)} for float64 (float32 rounds its result to float, which for the exactly rounded
 * ops equals computing in float) and {@link #applyInt(int)} for int32 where {@link
 * #definedForInt()}. The switches are exhaustive, so a new constant does not compile until it has a
 * meaning; a backend writes loops that call these and may specialise the ops it finds hot.
 *
 * <pre>{@code
 * NdArray y = x.backend().unary(UnaryOp.EXP, x);   // or x.exp()
 * double e = UnaryOp.EXP.apply(1.0);                // Math.E, the definition backends follow
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
  ERF;

  /** The op at {@code x} in float64: the definition every backend follows. */
  public double apply(double x) {
    return switch (this) {
      case NEG -> -x;
      case ABS -> Math.abs(x);
      case SIGN -> Math.signum(x);
      case EXP -> Math.exp(x);
      case LOG -> Math.log(x);
      case SQRT -> Math.sqrt(x);
      case SQUARE -> x * x;
      case RECIPROCAL -> 1 / x;
      case SIN -> Math.sin(x);
      case COS -> Math.cos(x);
      case TAN -> Math.tan(x);
      case TANH -> Math.tanh(x);
      case SIGMOID -> 1 / (1 + Math.exp(-x));
      case RELU -> Math.max(x, 0.0); // NaN stays NaN
      case FLOOR -> Math.floor(x);
      case CEIL -> Math.ceil(x);
      case EXPM1 -> Math.expm1(x);
      case LOG1P -> Math.log1p(x);
      case ARCSIN -> Math.asin(x);
      case ARCCOS -> Math.acos(x);
      case ARCTAN -> Math.atan(x);
      case SINH -> Math.sinh(x);
      case COSH -> Math.cosh(x);
      case RSQRT -> 1 / Math.sqrt(x);
      case ERF -> SpecialMath.erf(x);
    };
  }

  /** The op at {@code x} in float32: {@link #apply(double)} rounded to float. */
  public float apply(float x) {
    return (float) apply((double) x);
  }

  /** Whether the op exists for int32 (transcendental ops need a floating dtype). */
  public boolean definedForInt() {
    return switch (this) {
      case NEG, ABS, SIGN, SQUARE, RELU, FLOOR, CEIL -> true;
      case EXP,
          LOG,
          SQRT,
          RECIPROCAL,
          SIN,
          COS,
          TAN,
          TANH,
          SIGMOID,
          EXPM1,
          LOG1P,
          ARCSIN,
          ARCCOS,
          ARCTAN,
          SINH,
          COSH,
          RSQRT,
          ERF ->
          false;
    };
  }

  /**
   * The op at {@code x} in int32 (wrapping as Java's int arithmetic; FLOOR and CEIL are the
   * identity), or an error naming the op where it is not {@link #definedForInt() defined}.
   */
  public int applyInt(int x) {
    return switch (this) {
      case NEG -> -x;
      case ABS -> Math.abs(x);
      case SIGN -> Integer.signum(x);
      case SQUARE -> x * x;
      case RELU -> Math.max(x, 0);
      case FLOOR, CEIL -> x;
      case EXP,
          LOG,
          SQRT,
          RECIPROCAL,
          SIN,
          COS,
          TAN,
          TANH,
          SIGMOID,
          EXPM1,
          LOG1P,
          ARCSIN,
          ARCCOS,
          ARCTAN,
          SINH,
          COSH,
          RSQRT,
          ERF ->
          throw notForInt();
    };
  }

  /** The error for int32 operands of an op that needs a floating dtype. */
  public IllegalArgumentException notForInt() {
    return new IllegalArgumentException(
        "unary "
            + this
            + ": not defined for int32 (it needs float32 or float64; convert with astype)");
  }
}
