package dl.functions.loss;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Elementwise absolute difference {@code |x0 - x1|} (Chainer's {@code absolute_error}); a composite
 * of differentiable functions (the derivative of |d| at d = 0 is taken as 0).
 *
 * <pre>{@code
 * Variable loss = AbsoluteError.apply(x0, x1);   // or F.absoluteError(x0, x1)
 * }</pre>
 */
public final class AbsoluteError {
  private AbsoluteError() {}

  /** Registered as {@code "absolute_error"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("absolute_error", (o, in) -> new Variable[] {apply(in[0], in[1])});
  }

  public static Variable apply(Variable x0, Variable x1) {
    LossOps.same("absolute_error", "x0", x0, "x1", x1, 1);
    return LossOps.abs(F.sub(x0, x1));
  }
}
