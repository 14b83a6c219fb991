package dl.functions;

import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.normalization.BatchNormalization;
import dl.functions.normalization.BatchRenormalization;
import dl.functions.normalization.FixedBatchNormalization;
import dl.functions.normalization.GroupNormalization;
import dl.functions.normalization.LayerNormalization;
import dl.functions.normalization.LocalResponseNormalization;
import dl.functions.normalization.Normalize;

/**
 * The normalization functions of {@link F}. Users call them as {@code F.name(...)}; the facade is
 * split into one class per category so that each stays small (the generated {@link F} delegates to
 * it).
 */
final class FNormalization {
  private FNormalization() {}

  /**
   * Batch normalization over axis 0 and the axes after gamma's, eps 2e-5: {@code
   * F.batchNormalization(x, g, b)}.
   */
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

  /** Layer normalization of a 2-d x, eps 1e-5: {@code F.layerNormalization(x, gamma, beta)}. */
  public static Variable layerNormalization(Variable x, Variable gamma, Variable beta) {
    return layerNormalization(x, gamma, beta, 1e-5);
  }

  /** Layer normalization with eps: {@code F.layerNormalization(x, gamma, beta, 1e-6)}. */
  public static Variable layerNormalization(Variable x, Variable gamma, Variable beta, double eps) {
    return new LayerNormalization(eps).applyOne(x, gamma, beta);
  }

  /** Group normalization, eps 1e-5: {@code F.groupNormalization(x, 2, gamma, beta)}. */
  public static Variable groupNormalization(Variable x, int groups, Variable gamma, Variable beta) {
    return groupNormalization(x, groups, gamma, beta, 1e-5);
  }

  /** Group normalization with eps: {@code F.groupNormalization(x, 2, gamma, beta, 1e-5)}. */
  public static Variable groupNormalization(
      Variable x, int groups, Variable gamma, Variable beta, double eps) {
    return new GroupNormalization(groups, eps).applyOne(x, gamma, beta);
  }

  /** L2 normalization over axis 1, eps 1e-5: {@code F.normalize(x)}. */
  public static Variable normalize(Variable x) {
    return normalize(x, 1e-5, 1);
  }

  /** L2 normalization {@code x/(‖x‖ + eps)} over {@code axis}: {@code F.normalize(x, 1e-5, 1)}. */
  public static Variable normalize(Variable x, double eps, int axis) {
    return new Normalize(eps, axis).applyOne(x);
  }

  /**
   * Local response normalization with n 5, k 2, α 1e-4, β 0.75: {@code
   * F.localResponseNormalization(x)}.
   */
  public static Variable localResponseNormalization(Variable x) {
    return localResponseNormalization(x, 5, 2, 1e-4, 0.75);
  }

  /** Local response normalization: {@code F.localResponseNormalization(x, 5, 2, 1e-4, 0.75)}. */
  public static Variable localResponseNormalization(
      Variable x, int n, double k, double alpha, double beta) {
    return new LocalResponseNormalization(n, k, alpha, beta).applyOne(x);
  }

  /**
   * Batch renormalization with running statistics (required; updated in place when {@code
   * updateStatistics}), eps 2e-5, decay 0.9: {@code F.batchRenormalization(x, g, b, 3, 5, mean,
   * var, true)}.
   */
  public static Variable batchRenormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      double rmax,
      double dmax,
      NdArray runningMean,
      NdArray runningVar,
      boolean updateStatistics) {
    return batchRenormalization(
        x, gamma, beta, rmax, dmax, 2e-5, runningMean, runningVar, 0.9, updateStatistics, null);
  }

  /**
   * Batch renormalization in Chainer's argument order, plus {@code axis} (null: axis 0 and those
   * after gamma's): {@code F.batchRenormalization(x, g, b, 3, 5, 2e-5, mean, var, 0.9, true,
   * null)}.
   */
  public static Variable batchRenormalization(
      Variable x,
      Variable gamma,
      Variable beta,
      double rmax,
      double dmax,
      double eps,
      NdArray runningMean,
      NdArray runningVar,
      double decay,
      boolean updateStatistics,
      int[] axis) {
    return new BatchRenormalization(
            rmax, dmax, eps, runningMean, runningVar, decay, updateStatistics, axis)
        .applyOne(x, gamma, beta);
  }
}
