package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise complementary error function {@code 1 - erf(x)} (Chainer's {@code Erfc}), with
 * relative accuracy in the tail (where {@code 1 - erf(x)} would cancel to 0). Forward is a host
 * fallback in double (see {@code Special}): the backend has an erf kernel but no erfc.
 *
 * <pre>{@code
 * Variable y = F.erfc(x);
 * }</pre>
 */
public final class Erfc extends FunctionNode {
  /** Registered as {@code "erfc"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("erfc", (o, in) -> new Erfc().apply(in));
  }

  @Override
  public String label() {
    return "erfc";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    retainInputs(0);
    return new NdArray[] {Special.map(x, Special::erfc)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    // d erfc(x) = -2/√π · exp(-x²).
    return new Variable[] {F.mul(gy[0], F.mul(F.exp(F.neg(F.square(x))), -2 / Math.sqrt(Math.PI)))};
  }
}
