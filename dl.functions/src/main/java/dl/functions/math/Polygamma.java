package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise polygamma {@code ψ⁽ⁿ⁾(x)}, the n-th derivative of digamma (Chainer's {@code
 * PolyGamma}; here the order {@code n ≥ 0} is an integer option rather than an array input),
 * computed in double on the host (see {@link Special}). The gradient is {@code ψ⁽ⁿ⁺¹⁾(x)}, so it is
 * differentiable any number of times.
 *
 * <pre>{@code
 * Variable trigamma = F.polygamma(1, x);
 * }</pre>
 */
public final class Polygamma extends FunctionNode {
  private final int n;

  public Polygamma(int n) {
    this.n = n;
  }

  /** Registered as {@code "polygamma"}; option {@code n} (int, default 0). */
  public static FunctionProvider provider() {
    return Opts.provider("polygamma", (o, in) -> new Polygamma(Opts.integer(o, "n", 0)).apply(in));
  }

  @Override
  public String label() {
    return "polygamma";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 1, in[0]);
    if (n < 0) {
      throw InvalidTypeException.of(label(), "n", 0, "n >= 0", "n == " + n);
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    // Host fallback: the backend contract has no polygamma kernel.
    return new NdArray[] {Special.map(in[0], v -> Special.polygamma(n, v))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.polygamma(n + 1, x))};
  }
}
