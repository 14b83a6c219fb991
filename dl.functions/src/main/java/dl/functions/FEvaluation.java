package dl.functions;

import dl.api.Variable;
import dl.functions.evaluation.Accuracy;

/**
 * The evaluation functions of {@link F}. Users call them as {@code F.name(...)}; the facade is
 * split into one class per category so that each stays small (static methods are inherited by
 * {@code F}).
 */
public abstract class FEvaluation extends FLoss {
  FEvaluation() {}

  /** Fraction of correct argmax predictions: {@code F.accuracy(y, t).item()}. */
  public static Variable accuracy(Variable y, Variable t) {
    return accuracy(y, t, null);
  }

  /** Accuracy not counting {@code ignoreLabel} (null: none): {@code F.accuracy(y, t, -1)}. */
  public static Variable accuracy(Variable y, Variable t, Integer ignoreLabel) {
    return new Accuracy(ignoreLabel).applyOne(y, t);
  }
}
