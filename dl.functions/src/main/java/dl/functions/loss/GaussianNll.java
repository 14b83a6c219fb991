package dl.functions.loss;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Negative log-likelihood of x under a diagonal Gaussian (Chainer's {@code gaussian_nll}): {@code
 * (ln_var + log 2π)/2 + (x - mean)²·exp(-ln_var)/2} per element, then {@code reduce} "sum"
 * (Chainer's default), "mean" or "no". A composite.
 *
 * <pre>{@code
 * Variable nll = GaussianNll.apply(x, mean, lnVar, "sum");   // or F.gaussianNll(x, mean, lnVar)
 * }</pre>
 */
public final class GaussianNll {
  private GaussianNll() {}

  /** Registered as {@code "gaussian_nll"}; inputs x, mean, ln_var; option {@code reduce}. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "gaussian_nll",
        (o, in) -> new Variable[] {apply(in[0], in[1], in[2], Opts.string(o, "reduce", "sum"))});
  }

  public static Variable apply(Variable x, Variable mean, Variable lnVar, String reduce) {
    LossOps.reduce("gaussian_nll", reduce, "sum", "mean", "no");
    LossOps.same("gaussian_nll", "x", x, "mean", mean, 1);
    LossOps.same("gaussian_nll", "x", x, "ln_var", lnVar, 2);
    Variable power = F.mul(F.mul(F.square(F.sub(x, mean)), F.exp(F.neg(lnVar))), 0.5);
    Variable loss = F.add(F.mul(F.add(lnVar, Math.log(2 * Math.PI)), 0.5), power);
    return LossOps.reduced(loss, reduce);
  }
}
