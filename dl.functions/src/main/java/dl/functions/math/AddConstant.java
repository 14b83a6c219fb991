package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * {@code x + c} with a constant {@code c} (Chainer's {@code AddConstant}); used for {@code x + 2}
 * so that no 0-d array and no broadcasting are needed.
 *
 * <pre>{@code
 * Variable y = new AddConstant(2).applyOne(x);   // or F.add(x, 2.0)
 * }</pre>
 */
public final class AddConstant extends FunctionNode {
  private final double value;

  public AddConstant(double value) {
    this.value = value;
  }

  /** Registered as {@code "add_constant"}; option {@code value} (double, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "add_constant", (o, in) -> new AddConstant(Opts.real(o, "value", Double.NaN)).apply(in));
  }

  @Override
  public String label() {
    return "add_constant";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    return new NdArray[] {in[0].backend().binaryScalar(BinaryOp.ADD, in[0], value, false)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {gy[0]};
  }
}
