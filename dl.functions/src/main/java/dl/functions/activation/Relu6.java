package dl.functions.activation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * {@code min(max(0, x), 6)} (Chainer's {@code relu6}, which is {@code clipped_relu(x, 6)}).
 *
 * <pre>{@code
 * Variable h = F.relu6(x);
 * }</pre>
 */
public final class Relu6 {
  private Relu6() {}

  /** Registered as {@code "relu6"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("relu6", (o, in) -> new Variable[] {apply(in[0])});
  }

  /** {@code clippedRelu(x, 6)}. */
  public static Variable apply(Variable x) {
    return new ClippedRelu(6.0).applyOne(x);
  }
}
