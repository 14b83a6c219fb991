package dl.functions.loss;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.internal.Check;
import java.util.Arrays;

/**
 * Softmax cross entropy against soft (probability) targets of x's shape, Chainer's {@code
 * softmax_cross_entropy} with a floating {@code t}: per position {@code -Σ_c t_c·log_softmax(x)_c}
 * ({@code "cross-entropy"}) or {@code Σ_c t_c·(log(t_c + 1e-7) - log_softmax(x)_c)} ({@code
 * "kl-divergence"}); {@code reduce "mean"} divides the sum by {@code x.size / x.shape[1]}. A
 * composite; t is a constant (no gradient reaches it, as in Chainer), reached through {@link
 * F#softmaxCrossEntropy} (registered under that name).
 *
 * <pre>{@code
 * Variable loss = F.softmaxCrossEntropy(x, probs);   // probs: float, rows summing to 1
 * }</pre>
 */
public final class SoftTargetCrossEntropy {
  private static final double EPS = 1e-7;

  private SoftTargetCrossEntropy() {}

  public static Variable apply(Variable x, Variable t, String reduce, String softTargetLoss) {
    String fn = "softmax_cross_entropy";
    LossOps.reduce(fn, reduce, "mean", "no");
    if (!"cross-entropy".equals(softTargetLoss) && !"kl-divergence".equals(softTargetLoss)) {
      throw new IllegalArgumentException(
          fn
              + ": soft_target_loss must be cross-entropy or kl-divergence, got \""
              + softTargetLoss
              + "\"");
    }
    Check.floating(fn, "x", 0, x.array());
    Check.minNdim(fn, "x", 0, x.array(), 2);
    Check.floating(fn, "t", 1, t.array());
    if (!Arrays.equals(x.shape(), t.shape())) {
      throw InvalidTypeException.of(
          fn,
          "t",
          1,
          "soft targets t.shape == x.shape " + Shapes.str(x.shape()),
          "t.shape == " + Shapes.str(t.shape()));
    }
    // Targets are constants, as in Chainer (no gradient flows to t), in x's dtype.
    Variable tc = Variable.constant(t.array().astype(x.dtype()));
    Variable logY = F.logSoftmax(x, 1);
    Variable per;
    if ("kl-divergence".equals(softTargetLoss)) {
      Variable logT = Variable.constant(tc.array().add(EPS).log());
      per = F.sum(F.mul(tc, F.sub(logT, logY)), 1);
    } else {
      per = F.neg(F.sum(F.mul(tc, logY), 1));
    }
    if ("no".equals(reduce)) {
      return per;
    }
    return F.div(F.sum(per), (double) x.size() / x.shape()[1]);
  }
}
