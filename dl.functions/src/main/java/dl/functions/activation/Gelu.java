package dl.functions.activation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Gaussian error linear unit, Chainer's exact form {@code 0.5·x·(1 + erf(x/√2))} (Hendrycks and
 * Gimpel, 2016). A composite of erf and arithmetic, so it is differentiable as often as they are.
 *
 * <pre>{@code
 * Variable h = F.gelu(x);
 * }</pre>
 */
public final class Gelu {
  private Gelu() {}

  /** Registered as {@code "gelu"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("gelu", (o, in) -> new Variable[] {apply(in[0])});
  }

  /** {@code 0.5·x·(1 + erf(x/√2))}. */
  public static Variable apply(Variable x) {
    Check.floating("gelu", "x", 0, x.array());
    return F.mul(F.mul(x, 0.5), F.add(F.erf(F.mul(x, Math.sqrt(0.5))), 1.0));
  }
}
