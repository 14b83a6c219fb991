package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise digamma {@code ψ(x) = d/dx log Γ(x)} (Chainer's {@code DiGamma}), computed in double
 * on the host (recurrence and asymptotic series; see {@link Special}). The gradient is {@code
 * polygamma(1, x)}.
 *
 * <pre>{@code
 * Variable y = F.digamma(x);
 * }</pre>
 */
public final class Digamma extends FunctionNode {
  /** Registered as {@code "digamma"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("digamma", (o, in) -> new Digamma().apply(in));
  }

  @Override
  public String label() {
    return "digamma";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    // Host fallback: the backend contract has no kernel for this special function.
    return new NdArray[] {Special.map(in[0], Special::digamma)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.polygamma(1, x))};
  }
}
