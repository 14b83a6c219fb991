package dl.functions.loss;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * KL divergence of a diagonal Gaussian N(mean, exp(ln_var)) from N(0, 1) (Chainer's {@code
 * gaussian_kl_divergence}): {@code (mean² + exp(ln_var) - ln_var - 1)/2} per element, then {@code
 * reduce} "sum" (default), "mean" or "no". A composite.
 *
 * <pre>{@code
 * Variable kl = GaussianKlDivergence.apply(mu, lnVar, "sum");   // or F.gaussianKlDivergence(mu, lnVar)
 * }</pre>
 */
public final class GaussianKlDivergence {
  private GaussianKlDivergence() {}

  /** Registered as {@code "gaussian_kl_divergence"}; inputs mean, ln_var; option {@code reduce}. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "gaussian_kl_divergence",
        (o, in) -> new Variable[] {apply(in[0], in[1], Opts.string(o, "reduce", "sum"))});
  }

  public static Variable apply(Variable mean, Variable lnVar, String reduce) {
    LossOps.reduce("gaussian_kl_divergence", reduce, "sum", "mean", "no");
    LossOps.same("gaussian_kl_divergence", "mean", mean, "ln_var", lnVar, 1);
    Variable loss = F.sub(F.add(F.square(mean), F.sub(F.exp(lnVar), lnVar)), 1.0);
    return LossOps.reduced(F.mul(loss, 0.5), reduce);
  }
}
