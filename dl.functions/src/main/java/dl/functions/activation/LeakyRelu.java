package dl.functions.activation;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Leaky rectified linear unit: {@code x} where {@code x >= 0}, {@code slope·x} elsewhere (Chainer's
 * {@code LeakyReLU}, slope 0.2 by default).
 *
 * <pre>{@code
 * Variable h = new LeakyRelu(0.2).applyOne(x);   // or F.leakyRelu(x)
 * }</pre>
 */
public final class LeakyRelu extends FunctionNode {
  private final double slope;
  private NdArray factor;

  public LeakyRelu(double slope) {
    this.slope = slope;
  }

  /** Registered as {@code "leaky_relu"}; option {@code slope} (double, default 0.2). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "leaky_relu", (o, in) -> new LeakyRelu(Opts.real(o, "slope", 0.2)).apply(in));
  }

  @Override
  public String label() {
    return "leaky_relu";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();
    // factor = 1 where x >= 0, slope elsewhere; it is also the derivative, kept for backward.
    NdArray ge = b.binaryScalar(BinaryOp.GE, x, 0, false);
    factor = b.binaryScalar(BinaryOp.ADD, ge.mul(1 - slope), slope, false);
    return new NdArray[] {b.binary(BinaryOp.MUL, x, factor)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], Variable.constant(factor))};
  }
}
