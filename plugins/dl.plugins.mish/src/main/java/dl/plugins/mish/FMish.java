package dl.plugins.mish;

import dl.api.Variable;

/**
 * The typed facade of this plugin, in the style of {@code dl.functions.F}.
 *
 * <pre>{@code
 * Variable y = FMish.mish(x);
 * }</pre>
 */
public final class FMish {
  private FMish() {}

  /** Mish, {@code x·tanh(softplus(x))}: {@code FMish.mish(x)}. */
  public static Variable mish(Variable x) {
    return new Mish().applyOne(x);
  }

  /** {@code log(1 + exp(x))}, computed stably: {@code FMish.softplus(x)}. */
  public static Variable softplus(Variable x) {
    return new Softplus().applyOne(x);
  }
}
