package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code x · y} with {@code y} broadcast from {@code axis} (Chainer's {@code scale},
 * axis 1 by default): {@code y.shape} must equal {@code x.shape[axis : axis + y.ndim]}.
 *
 * <pre>{@code
 * Variable h = F.scale(x, gamma, 1);   // x (N, C, H, W), gamma (C)
 * }</pre>
 */
public final class Scale {
  private Scale() {}

  /** Registered as {@code "scale"}; inputs {@code x, y}; option {@code axis} (int, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "scale", (o, in) -> new Variable[] {apply(in[0], in[1], Opts.integer(o, "axis", 1))});
  }

  /** {@code x · y}, {@code y} aligned with {@code x}'s axes starting at {@code axis}. */
  public static Variable apply(Variable x, Variable y, int axis) {
    return F.mul(x, Bias.aligned("scale", x, y, axis));
  }
}
