package dl.functions;

import dl.api.Variable;
import dl.functions.loss.MeanSquaredError;
import dl.functions.loss.SoftmaxCrossEntropy;

/**
 * The loss functions of {@link F}. Users call them as {@code F.name(...)}; the facade is split into
 * one class per category so that each stays small (static methods are inherited by {@code F}). The
 * class is public only so that method references such as {@code F::relu} link; use {@code F}.
 */
public abstract class FLoss extends FConnection {
  FLoss() {}

  // ---- losses, evaluation, noise ----

  /** Mean cross entropy, ignore label -1: {@code F.softmaxCrossEntropy(logits, t)}. */
  public static Variable softmaxCrossEntropy(Variable x, Variable t) {
    return softmaxCrossEntropy(x, t, -1, true, "mean");
  }

  /**
   * Cross entropy with Chainer's options ({@code reduce} is "mean" or "no"): {@code
   * F.softmaxCrossEntropy(x, t, -1, false, "mean")}.
   */
  public static Variable softmaxCrossEntropy(
      Variable x, Variable t, int ignoreLabel, boolean normalize, String reduce) {
    return new SoftmaxCrossEntropy(ignoreLabel, normalize, reduce).applyOne(x, t);
  }

  /** Mean of squared differences: {@code F.meanSquaredError(y, t)}. */
  public static Variable meanSquaredError(Variable x0, Variable x1) {
    return new MeanSquaredError().applyOne(x0, x1);
  }
}
