package dl.functions.loss;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Elementwise squared difference {@code (x0 - x1)²} (Chainer's {@code squared_error}); a composite
 * of differentiable functions.
 *
 * <pre>{@code
 * Variable loss = SquaredError.apply(x0, x1);   // or F.squaredError(x0, x1)
 * }</pre>
 */
public final class SquaredError {
  private SquaredError() {}

  /** Registered as {@code "squared_error"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("squared_error", (o, in) -> new Variable[] {apply(in[0], in[1])});
  }

  public static Variable apply(Variable x0, Variable x1) {
    LossOps.same("squared_error", "x0", x0, "x1", x1, 1);
    return F.square(F.sub(x0, x1));
  }
}
