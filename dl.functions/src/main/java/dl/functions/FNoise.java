package dl.functions;

import dl.api.Config;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.noise.Dropout;

/**
 * The noise functions (dropout, ...) of {@link F}. Users call them as {@code F.name(...)}; the
 * facade is split into one class per category so that each stays small (static methods are
 * inherited by {@code F}).
 */
public abstract class FNoise extends FEvaluation {
  FNoise() {}

  /** Dropout with ratio 0.5 in training, identity otherwise: {@code F.dropout(h)}. */
  public static Variable dropout(Variable x) {
    return dropout(x, 0.5);
  }

  /**
   * Dropout in training ({@code Config.train()}), identity otherwise: {@code F.dropout(h, 0.2)}.
   */
  public static Variable dropout(Variable x, double ratio) {
    return dropout(x, ratio, null);
  }

  /**
   * Dropout with a given mask (values 0 or {@code 1/(1-ratio)}; null draws one): {@code
   * F.dropout(h, 0.5, mask)}.
   */
  public static Variable dropout(Variable x, double ratio, NdArray mask) {
    if (!Config.train()) {
      return x;
    }
    return new Dropout(ratio, mask).applyOne(x);
  }
}
