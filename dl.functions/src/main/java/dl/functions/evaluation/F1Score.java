package dl.functions.evaluation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * The F1 score (beta 1) per class and the support (Chainer's {@code f1_score}): outputs 2 and 3 of
 * {@link ClassificationSummary} with beta 1. Not differentiable.
 *
 * <pre>{@code
 * Variable[] vs = F1Score.apply(y, t, null, -1);   // {f1_score, support}, or F.f1Score(y, t)
 * }</pre>
 */
public final class F1Score {
  private F1Score() {}

  /**
   * Registered as {@code "f1_score"}; options {@code label_num} (none), {@code ignore_label} (-1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "f1_score",
        (o, in) ->
            apply(
                in[0],
                in[1],
                Opts.optInteger(o, "label_num"),
                Opts.integer(o, "ignore_label", -1)));
  }

  /** {value per class, support}. */
  public static Variable[] apply(Variable y, Variable t, Integer labelNum, int ignoreLabel) {
    Variable[] s = new ClassificationSummary(labelNum, 1.0, ignoreLabel).apply(y, t);
    return new Variable[] {s[2], s[3]};
  }
}
