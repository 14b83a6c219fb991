package dl.functions;

import dl.api.Variable;
import dl.functions.evaluation.Accuracy;
import dl.functions.evaluation.BinaryAccuracy;
import dl.functions.evaluation.ClassificationSummary;
import dl.functions.evaluation.F1Score;
import dl.functions.evaluation.Precision;
import dl.functions.evaluation.R2Score;
import dl.functions.evaluation.Recall;

/**
 * The evaluation functions of {@link F}. Users call them as {@code F.name(...)}; the facade is
 * split into one class per category so that each stays small (the generated {@link F} delegates to
 * it).
 */
final class FEvaluation {
  private FEvaluation() {}

  /** Fraction of correct argmax predictions: {@code F.accuracy(y, t).item()}. */
  public static Variable accuracy(Variable y, Variable t) {
    return accuracy(y, t, null);
  }

  /** Accuracy not counting {@code ignoreLabel} (null: none): {@code F.accuracy(y, t, -1)}. */
  public static Variable accuracy(Variable y, Variable t, Integer ignoreLabel) {
    return new Accuracy(ignoreLabel).applyOne(y, t);
  }

  /** Accuracy of {@code y >= 0} against 0/1 labels, -1 ignored: {@code F.binaryAccuracy(y, t)}. */
  public static Variable binaryAccuracy(Variable y, Variable t) {
    return new BinaryAccuracy().applyOne(y, t);
  }

  /**
   * {precision, recall, fbeta, support} per class: {@code F.classificationSummary(y, t, null, 1.0,
   * -1)} (labelNum null: max(t) + 1).
   */
  public static Variable[] classificationSummary(
      Variable y, Variable t, Integer labelNum, double beta, int ignoreLabel) {
    return new ClassificationSummary(labelNum, beta, ignoreLabel).apply(y, t);
  }

  /** {precision, recall, f1, support}: {@code F.classificationSummary(y, t)}. */
  public static Variable[] classificationSummary(Variable y, Variable t) {
    return classificationSummary(y, t, null, 1.0, -1);
  }

  /** {precision per class, support}: {@code F.precision(y, t)[0]}. */
  public static Variable[] precision(Variable y, Variable t) {
    return Precision.apply(y, t, null, -1);
  }

  /** {recall per class, support}: {@code F.recall(y, t)[0]}. */
  public static Variable[] recall(Variable y, Variable t) {
    return Recall.apply(y, t, null, -1);
  }

  /** {F1 per class, support}: {@code F.f1Score(y, t)[0]}. */
  public static Variable[] f1Score(Variable y, Variable t) {
    return F1Score.apply(y, t, null, -1);
  }

  /** R² averaged over outputs: {@code F.r2Score(pred, truth)}. */
  public static Variable r2Score(Variable pred, Variable truth) {
    return new R2Score("uniform_average").applyOne(pred, truth);
  }

  /** R², multioutput "uniform_average" or "raw_values": {@code F.r2Score(p, t, "raw_values")}. */
  public static Variable r2Score(Variable pred, Variable truth, String multioutput) {
    return new R2Score(multioutput).applyOne(pred, truth);
  }
}
