package dl.functions.activation;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Clipped rectifier {@code min(max(0, x), z)} (Chainer's {@code ClippedReLU}, {@code z = 20} by
 * default); {@code relu6} is this with {@code z = 6}.
 *
 * <pre>{@code
 * Variable h = F.clippedRelu(x, 20.0);
 * }</pre>
 */
public final class ClippedRelu extends FunctionNode {
  private final double z;
  private NdArray mask;

  public ClippedRelu(double z) {
    this.z = z;
  }

  /** Registered as {@code "clipped_relu"}; option {@code z} (double, default 20). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "clipped_relu", (o, in) -> new ClippedRelu(Opts.real(o, "z", 20.0)).apply(in));
  }

  @Override
  public String label() {
    return "clipped_relu";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    if (!(z > 0)) {
      throw InvalidTypeException.of(label(), "z", 0, "z > 0", "z == " + z);
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();
    // The derivative is 1 strictly inside (0, z), as Chainer's ClippedReLU.
    mask =
        b.binary(
            BinaryOp.MUL,
            b.binaryScalar(BinaryOp.GT, x, 0, false),
            b.binaryScalar(BinaryOp.LT, x, z, false));
    NdArray y =
        b.binaryScalar(BinaryOp.MINIMUM, b.binaryScalar(BinaryOp.MAXIMUM, x, 0, false), z, false);
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], Variable.constant(mask))};
  }
}
