package dl.functions.activation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Swish {@code x·sigmoid(beta·x)} (Chainer's {@code swish}; Ramachandran et al., 2017). {@code
 * beta}'s shape must equal {@code x.shape[1 : 1 + beta.ndim]}, broadcast as in {@link Prelu}; both
 * {@code x} and {@code beta} get gradients.
 *
 * <pre>{@code
 * Variable h = F.swish(x, beta);   // x (N, C), beta (C)
 * }</pre>
 */
public final class Swish {
  private Swish() {}

  /** Registered as {@code "swish"}; inputs {@code x, beta}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("swish", (o, in) -> new Variable[] {apply(in[0], in[1])});
  }

  /** {@code x·sigmoid(beta·x)}. */
  public static Variable apply(Variable x, Variable beta) {
    Variable b = Prelu.broadcastParam("swish", "beta", x, beta);
    return F.mul(x, F.sigmoid(F.mul(b, x)));
  }
}
