package dl.functions;

import dl.api.Variable;
import dl.functions.connection.Linear;
import java.util.Arrays;

/**
 * The connections (linear, convolutions, embeddings) of {@link F}. Users call them as {@code
 * F.name(...)}; the facade is split into one class per category so that each stays small (static
 * methods are inherited by {@code F}).
 */
public abstract class FConnection extends FArray {
  FConnection() {}

  /** {@code x·Wᵀ}: {@code F.linear(x, W)}. */
  public static Variable linear(Variable x, Variable w) {
    return linear(x, w, null, 1);
  }

  /** {@code x·Wᵀ + b} ({@code b} may be null): {@code F.linear(x, W, b)}. */
  public static Variable linear(Variable x, Variable w, Variable b) {
    return linear(x, w, b, 1);
  }

  /**
   * {@code x·Wᵀ + b}, with the first {@code nBatchAxes} axes of {@code x} as batch axes and the
   * rest flattened (Chainer's {@code n_batch_axes}): {@code F.linear(images, W, b, 1)}.
   */
  public static Variable linear(Variable x, Variable w, Variable b, int nBatchAxes) {
    int[] s = x.shape();
    if (nBatchAxes < 1 || nBatchAxes >= s.length) {
      throw new IllegalArgumentException(
          "linear: n_batch_axes must be in [1, x.ndim) = [1, " + s.length + "), got " + nBatchAxes);
    }
    boolean flat = s.length == nBatchAxes + 1 && nBatchAxes == 1;
    int rows = 1;
    for (int i = 0; i < nBatchAxes; i++) {
      rows *= s[i];
    }
    Variable x2 = flat ? x : reshape(x, rows, x.size() / Math.max(1, rows));
    Variable y = b == null ? new Linear().applyOne(x2, w) : new Linear().applyOne(x2, w, b);
    if (flat) {
      return y;
    }
    int[] out = Arrays.copyOf(s, nBatchAxes + 1);
    out[nBatchAxes] = w.shape()[0];
    return reshape(y, out);
  }
}
