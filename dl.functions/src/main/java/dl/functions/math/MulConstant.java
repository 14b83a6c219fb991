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
 * {@code x * c} with a constant {@code c} (Chainer's {@code MulConstant}).
 *
 * <pre>{@code
 * Variable y = new MulConstant(0.5).applyOne(x);   // or F.mul(x, 0.5)
 * }</pre>
 */
public final class MulConstant extends FunctionNode {
  private final double value;

  public MulConstant(double value) {
    this.value = value;
  }

  /** Registered as {@code "mul_constant"}; option {@code value} (double, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "mul_constant", (o, in) -> new MulConstant(Opts.real(o, "value", Double.NaN)).apply(in));
  }

  @Override
  public String label() {
    return "mul_constant";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    return new NdArray[] {in[0].backend().binaryScalar(BinaryOp.MUL, in[0], value, false)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], value)};
  }
}
