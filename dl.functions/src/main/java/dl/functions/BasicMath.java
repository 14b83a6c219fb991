package dl.functions;

import dl.api.Variable;
import dl.api.spi.VariableMath;

/**
 * The arithmetic behind {@link Variable}'s operators, found by {@link VariableMath#get()} through
 * {@code provides dl.api.spi.VariableMath with dl.functions.BasicMath}.
 *
 * <pre>{@code
 * Variable z = x.mul(y).add(x.pow(2)).sum();   // calls F.mul, F.add, F.pow, F.sum
 * }</pre>
 */
public final class BasicMath implements VariableMath {
  /** Called by {@link java.util.ServiceLoader}. */
  public BasicMath() {}

  @Override
  public Variable add(Variable a, Variable b) {
    return F.add(a, b);
  }

  @Override
  public Variable sub(Variable a, Variable b) {
    return F.sub(a, b);
  }

  @Override
  public Variable mul(Variable a, Variable b) {
    return F.mul(a, b);
  }

  @Override
  public Variable div(Variable a, Variable b) {
    return F.div(a, b);
  }

  @Override
  public Variable add(Variable a, double c) {
    return F.add(a, c);
  }

  @Override
  public Variable sub(Variable a, double c) {
    return F.sub(a, c);
  }

  @Override
  public Variable rsub(double c, Variable a) {
    return F.rsub(c, a);
  }

  @Override
  public Variable mul(Variable a, double c) {
    return F.mul(a, c);
  }

  @Override
  public Variable div(Variable a, double c) {
    return F.div(a, c);
  }

  @Override
  public Variable rdiv(double c, Variable a) {
    return F.rdiv(c, a);
  }

  @Override
  public Variable neg(Variable a) {
    return F.neg(a);
  }

  @Override
  public Variable pow(Variable a, double exponent) {
    return F.pow(a, exponent);
  }

  @Override
  public Variable pow(Variable a, Variable exponent) {
    return F.pow(a, exponent);
  }

  @Override
  public Variable matmul(Variable a, Variable b) {
    return F.matmul(a, b);
  }

  @Override
  public Variable sum(Variable a) {
    return F.sum(a);
  }

  @Override
  public Variable reshape(Variable a, int... shape) {
    return F.reshape(a, shape);
  }

  @Override
  public Variable transpose(Variable a, int... axes) {
    return F.transpose(a, axes);
  }
}
