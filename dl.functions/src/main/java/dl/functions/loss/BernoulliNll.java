package dl.functions.loss;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Negative log-likelihood of x under Bernoulli(sigmoid(y)) (Chainer's {@code bernoulli_nll}):
 * {@code softplus(y) - x·y} per element with y the pre-sigmoid logits, then {@code reduce} "sum"
 * (default), "mean" or "no". A composite with a stable softplus.
 *
 * <pre>{@code
 * Variable nll = BernoulliNll.apply(x, y, "sum");   // or F.bernoulliNll(x, y)
 * }</pre>
 */
public final class BernoulliNll {
  private BernoulliNll() {}

  /** Registered as {@code "bernoulli_nll"}; inputs x, y; option {@code reduce} ("sum"). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "bernoulli_nll",
        (o, in) -> new Variable[] {apply(in[0], in[1], Opts.string(o, "reduce", "sum"))});
  }

  public static Variable apply(Variable x, Variable y, String reduce) {
    LossOps.reduce("bernoulli_nll", reduce, "sum", "mean", "no");
    LossOps.same("bernoulli_nll", "x", x, "y", y, 1);
    return LossOps.reduced(F.sub(LossOps.softplus(y), F.mul(x, y)), reduce);
  }
}
