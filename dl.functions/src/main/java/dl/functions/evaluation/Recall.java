package dl.functions.evaluation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * The recall per class and the support (Chainer's {@code recall}): outputs 1 and 3 of {@link
 * ClassificationSummary} with beta 1. Not differentiable.
 *
 * <pre>{@code
 * Variable[] vs = Recall.apply(y, t, null, -1);   // {recall, support}, or F.recall(y, t)
 * }</pre>
 */
public final class Recall {
  private Recall() {}

  /**
   * Registered as {@code "recall"}; options {@code label_num} (none), {@code ignore_label} (-1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "recall",
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
    return new Variable[] {s[1], s[3]};
  }
}
