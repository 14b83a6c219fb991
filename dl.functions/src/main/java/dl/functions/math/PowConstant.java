package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * {@code x ** c} with a constant exponent (Chainer's {@code PowVarConst}).
 *
 * <pre>{@code
 * Variable y = new PowConstant(3).applyOne(x);   // or F.pow(x, 3), x.pow(3)
 * }</pre>
 */
public final class PowConstant extends FunctionNode {
  private final double exponent;

  public PowConstant(double exponent) {
    this.exponent = exponent;
  }

  /** Registered as {@code "pow_constant"}; option {@code exponent} (double, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "pow_constant", (o, in) -> new PowConstant(Opts.real(o, "exponent", Double.NaN)).apply(in));
  }

  @Override
  public String label() {
    return "pow";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    return new NdArray[] {in[0].backend().binaryScalar(BinaryOp.POW, in[0], exponent, false)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    if (exponent == 0) {
      return new Variable[] {F.mul(gy[0], 0.0)}; // x**0 is constant; avoid 0 * x**-1 at x = 0
    }
    Variable d =
        exponent == 1
            ? null
            : exponent == 2 ? F.mul(x, 2.0) : F.mul(F.pow(x, exponent - 1), exponent);
    return new Variable[] {d == null ? gy[0] : F.mul(gy[0], d)};
  }
}
