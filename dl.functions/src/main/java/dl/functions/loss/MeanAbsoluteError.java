package dl.functions.loss;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Mean absolute difference {@code Σ|x0 - x1| / size} as a 0-d array (Chainer's {@code
 * mean_absolute_error}); a composite of differentiable functions (the derivative of |d| at d = 0 is
 * taken as 0).
 *
 * <pre>{@code
 * Variable loss = MeanAbsoluteError.apply(x0, x1);   // or F.meanAbsoluteError(x0, x1)
 * }</pre>
 */
public final class MeanAbsoluteError {
  private MeanAbsoluteError() {}

  /** Registered as {@code "mean_absolute_error"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("mean_absolute_error", (o, in) -> new Variable[] {apply(in[0], in[1])});
  }

  public static Variable apply(Variable x0, Variable x1) {
    LossOps.same("mean_absolute_error", "x0", x0, "x1", x1, 1);
    return F.mean(LossOps.abs(F.sub(x0, x1)));
  }
}
