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
 * Piecewise linear sigmoid {@code clip(0.2·x + 0.5, 0, 1)} (Chainer's {@code HardSigmoid}).
 *
 * <pre>{@code
 * Variable y = F.hardSigmoid(x);
 * }</pre>
 */
public final class HardSigmoid extends FunctionNode {
  private NdArray slope;

  /** Registered as {@code "hard_sigmoid"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("hard_sigmoid", (o, in) -> new HardSigmoid().apply(in));
  }

  @Override
  public String label() {
    return "hard_sigmoid";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    NdArray lin = in[0].mul(0.2).add(0.5);
    // Slope 0.2 strictly inside the linear part, 0 where clipped.
    slope =
        b.binary(
                BinaryOp.MUL,
                b.binaryScalar(BinaryOp.GT, lin, 0, false),
                b.binaryScalar(BinaryOp.LT, lin, 1, false))
            .mul(0.2);
    NdArray y =
        b.binaryScalar(BinaryOp.MINIMUM, b.binaryScalar(BinaryOp.MAXIMUM, lin, 0, false), 1, false);
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.mul(gy[0], Variable.constant(slope))};
  }
}
