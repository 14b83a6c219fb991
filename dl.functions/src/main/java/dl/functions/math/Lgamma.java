package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code log|Γ(x)|} (Chainer's {@code LGamma}), computed in double on the host (Lanczos
 * approximation; see {@link Special}). The gradient is {@code digamma(x)}.
 *
 * <pre>{@code
 * Variable y = F.lgamma(x);
 * }</pre>
 */
public final class Lgamma extends FunctionNode {
  /** Registered as {@code "lgamma"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("lgamma", (o, in) -> new Lgamma().apply(in));
  }

  @Override
  public String label() {
    return "lgamma";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    // Host fallback: the backend contract has no kernel for this special function.
    return new NdArray[] {Special.map(in[0], Special::lgamma)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.digamma(x))};
  }
}
