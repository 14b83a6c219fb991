package dl.functions.evaluation;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * The precision per class and the support (Chainer's {@code precision}): outputs 0 and 3 of {@link
 * ClassificationSummary} with beta 1. Not differentiable.
 *
 * <pre>{@code
 * Variable[] vs = Precision.apply(y, t, null, -1);   // {precision, support}, or F.precision(y, t)
 * }</pre>
 */
public final class Precision {
  private Precision() {}

  /**
   * Registered as {@code "precision"}; options {@code label_num} (none), {@code ignore_label} (-1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "precision",
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
    return new Variable[] {s[0], s[3]};
  }
}
