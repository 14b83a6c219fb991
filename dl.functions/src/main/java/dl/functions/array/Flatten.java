package dl.functions.array;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Flattens to one axis (Chainer's {@code flatten}): a reshape to {@code (x.size,)}, so the gradient
 * is reshaped back.
 *
 * <pre>{@code
 * Variable y = Flatten.apply(x);   // (2, 3) -> (6,), or F.flatten(x)
 * }</pre>
 */
public final class Flatten {
  private Flatten() {}

  /** Registered as {@code "flatten"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("flatten", (o, in) -> new Variable[] {apply(in[0])});
  }

  public static Variable apply(Variable x) {
    return F.reshape(x, x.size());
  }
}
