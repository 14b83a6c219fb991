package dl.functions;

import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.normalization.BatchNormalization;
import dl.functions.normalization.FixedBatchNormalization;

/**
 * The normalization functions of {@link F}. Users call them as {@code F.name(...)}; the facade is
 * split into one class per category so that each stays small (static methods are inherited by
 * {@code F}).
 */
public abstract class FNormalization extends FNoise {
  FNormalization() {}

  /** Batch normalization over all axes but 1, eps 2e-5: {@code F.batchNormalization(x, g, b)}. */
  public static Variable batchNormalization(Variable x, Variable gamma, Variable beta) {
    return batchNormalization(x, gamma, beta, 2e-5, null, null, 0.9, null);
  }

  /**
   * Batch normalization with Chainer's options; the running arrays (may be null) are updated in
   * place: {@code F.batchNormalization(x, g, b, 2e-5, avgMean, avgVar, 0.9, null)}.
   */
  public static Variable batchNormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      double eps,
      NdArray runningMean,
      NdArray runningVar,
      double decay,
      int[] axis) {
    return new BatchNormalization(eps, axis, runningMean, runningVar, decay)
        .applyOne(x, gamma, beta);
  }

  /**
   * Normalization with fixed statistics, eps 2e-5: {@code F.fixedBatchNormalization(x, g, b, m,
   * v)}.
   */
  public static Variable fixedBatchNormalization(
      Variable x, Variable gamma, Variable beta, Variable mean, Variable var) {
    return fixedBatchNormalization(x, gamma, beta, mean, var, 2e-5, null);
  }

  /**
   * Fixed-statistics normalization with eps and axis: {@code F.fixedBatchNormalization(x, g, b, m,
   * v, 1e-5, null)}.
   */
  public static Variable fixedBatchNormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      Variable mean,
      Variable var,
      double eps,
      int[] axis) {
    return new FixedBatchNormalization(eps, axis).applyOne(x, gamma, beta, mean, var);
  }
}
