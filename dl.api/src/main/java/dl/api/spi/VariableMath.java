package dl.api.spi;

import dl.api.Variable;

/**
 * The arithmetic behind {@link Variable}'s operators ({@code x.add(y)}, {@code x.pow(2)}, ...),
 * provided by the function library ({@code dl.functions}) the way Chainer installs its operators
 * from {@code chainer.functions}.
 *
 * <pre>{@code
 * Variable z = VariableMath.get().mul(x, y);   // what x.mul(y) calls
 * }</pre>
 */
public interface VariableMath {
  /**
   * The provider on the module path; where there is none, every call fails with the same error
   * naming the module to add.
   */
  static VariableMath get() {
    return Services.variableMath();
  }

  /** {@code a + b}. */
  Variable add(Variable a, Variable b);

  /** {@code a - b}. */
  Variable sub(Variable a, Variable b);

  /** {@code a * b}. */
  Variable mul(Variable a, Variable b);

  /** {@code a / b}. */
  Variable div(Variable a, Variable b);

  /** {@code -a}. */
  Variable neg(Variable a);

  /** {@code a + c}; by default through a 0-d constant, providers avoid the allocation. */
  default Variable add(Variable a, double c) {
    return add(a, constantLike(a, c));
  }

  /** {@code a - c}. */
  default Variable sub(Variable a, double c) {
    return add(a, -c);
  }

  /** {@code c - a}. */
  default Variable rsub(double c, Variable a) {
    return sub(constantLike(a, c), a);
  }

  /** {@code a · c}. */
  default Variable mul(Variable a, double c) {
    return mul(a, constantLike(a, c));
  }

  /** {@code a / c}. */
  default Variable div(Variable a, double c) {
    return mul(a, 1 / c);
  }

  /** {@code c / a}. */
  default Variable rdiv(double c, Variable a) {
    return div(constantLike(a, c), a);
  }

  /** A 0-d constant of {@code a}'s dtype on its device. */
  private static Variable constantLike(Variable a, double c) {
    return Variable.constant(a.array().backend().full(new int[0], c, a.dtype()));
  }

  /** {@code a ** exponent}. */
  Variable pow(Variable a, double exponent);

  /** {@code a ** exponent}, elementwise. */
  Variable pow(Variable a, Variable exponent);

  /** Matrix product of a and b. */
  Variable matmul(Variable a, Variable b);

  /** Sum of all elements. */
  Variable sum(Variable a);

  /** The same elements in a new shape. */
  Variable reshape(Variable a, int... shape);

  /** The axes permuted. */
  Variable transpose(Variable a, int... axes);
}
