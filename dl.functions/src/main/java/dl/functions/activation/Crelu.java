package dl.functions.activation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Concatenated ReLU {@code concat(relu(x), relu(-x))} along {@code axis} (Chainer's {@code crelu},
 * axis 1 by default; Shang et al., 2016). A composite of relu, neg and concat, so it is
 * differentiable as often as they are.
 *
 * <pre>{@code
 * Variable h = F.crelu(x);   // (N, C, ...) -> (N, 2C, ...)
 * }</pre>
 */
public final class Crelu {
  private Crelu() {}

  /** Registered as {@code "crelu"}; option {@code axis} (int, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "crelu", (o, in) -> new Variable[] {apply(in[0], Opts.integer(o, "axis", 1))});
  }

  /** {@code concat(relu(x), relu(-x))} along {@code axis}. */
  public static Variable apply(Variable x, int axis) {
    Check.floating("crelu", "x", 0, x.array());
    int a = Check.axis("crelu", "x", 0, axis, x.ndim());
    return F.concat(new Variable[] {F.relu(x), F.relu(F.neg(x))}, a);
  }
}
