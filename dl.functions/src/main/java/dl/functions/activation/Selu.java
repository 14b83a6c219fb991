package dl.functions.activation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Scaled ELU {@code scale·elu(x, alpha)} (Chainer's {@code selu}; Klambauer et al., 2017), with
 * Chainer's defaults {@code alpha = 1.6732632423543772848170429916717} and {@code scale =
 * 1.0507009873554804934193349852946}.
 *
 * <pre>{@code
 * Variable h = F.selu(x);
 * }</pre>
 */
public final class Selu {
  /** Chainer's default alpha. */
  public static final double ALPHA = 1.6732632423543772848170429916717;

  /** Chainer's default scale. */
  public static final double SCALE = 1.0507009873554804934193349852946;

  private Selu() {}

  /** Registered as {@code "selu"}; options {@code alpha}, {@code scale} (Chainer's defaults). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "selu",
        (o, in) ->
            new Variable[] {
              apply(in[0], Opts.real(o, "alpha", ALPHA), Opts.real(o, "scale", SCALE))
            });
  }

  /** {@code scale·elu(x, alpha)}. */
  public static Variable apply(Variable x, double alpha, double scale) {
    return F.mul(new Elu(alpha).applyOne(x), scale);
  }
}
