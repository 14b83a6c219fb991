package dl.api;

/**
 * Reductions of the backend contract over any set of axes.
 *
 * <pre>{@code
 * NdArray colSums = x.backend().reduce(ReduceOp.SUM, x, new int[] {0}, false); // or x.sum(0)
 * }</pre>
 */
public enum ReduceOp {
  /** Sum. */
  SUM,
  /** Maximum. */
  MAX,
  /** Minimum. */
  MIN,
  /** Product. */
  PROD
}
