package dl.functions.noise;

import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Rng;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * A sample of {@code N(mean, exp(ln_var))} by reparameterisation (Chainer's {@code gaussian}):
 * {@code mean + exp(ln_var / 2) · ε} with {@code ε ~ N(0, 1)} drawn on the array's device from
 * {@link Rng#nextSeed()}, or given. Composed of differentiable functions with {@code ε} held fixed,
 * so gradients flow to both {@code mean} and {@code ln_var} (as in a VAE).
 *
 * <pre>{@code
 * Variable z = Gaussian.apply(mu, lnVar, null);   // or F.gaussian(mu, lnVar)
 * }</pre>
 */
public final class Gaussian {
  private Gaussian() {}

  /** Registered as {@code "gaussian"}: inputs {@code (mean, ln_var)}. */
  public static FunctionProvider provider() {
    return Opts.provider("gaussian", (o, in) -> new Variable[] {apply(in[0], in[1], null)});
  }

  /** The sample; {@code eps} null draws {@code ε ~ N(0, 1)}, otherwise it is used as is. */
  public static Variable apply(Variable mean, Variable lnVar, NdArray eps) {
    String fn = "gaussian";
    Check.floating(fn, "mean", 0, mean.array());
    Check.sameDtype(fn, "mean", mean.array(), "ln_var", 1, lnVar.array());
    Check.sameShape(fn, "mean", mean.array(), "ln_var", 1, lnVar.array());
    if (eps == null) {
      eps = mean.array().backend().randomNormal(mean.shape(), mean.dtype(), 0, 1, Rng.nextSeed());
    } else if (!Arrays.equals(eps.shape(), mean.shape())) {
      throw InvalidTypeException.of(
          fn,
          "eps",
          2,
          "eps.shape == mean.shape " + Shapes.str(mean.shape()),
          "eps.shape == " + Shapes.str(eps.shape()));
    }
    Variable e = Variable.constant(eps.astype(mean.dtype()));
    return F.add(mean, F.mul(F.exp(F.mul(lnVar, 0.5)), e));
  }
}
