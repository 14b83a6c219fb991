package dl.api;

/**
 * Reductions of the backend contract over any set of axes. Each is defined once, here: a fold of
 * {@link #combine(double, double)} from {@link #identity()} (MAX and MIN propagate NaN and have no
 * identity for an empty reduction, which is an error).
 *
 * <pre>{@code
 * NdArray colSums = x.backend().reduce(ReduceOp.SUM, x, new int[] {0}, false); // or x.sum(0)
 * double m = ReduceOp.MAX.combine(ReduceOp.MAX.identity(), 3.0);            // 3.0
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
  PROD;

  /** The start of the fold (−∞ and +∞ for MAX and MIN, which refuse an empty reduction). */
  public double identity() {
    return switch (this) {
      case SUM -> 0;
      case PROD -> 1;
      case MAX -> Double.NEGATIVE_INFINITY;
      case MIN -> Double.POSITIVE_INFINITY;
    };
  }

  /** One step of the fold in float64. */
  public double combine(double acc, double v) {
    return switch (this) {
      case SUM -> acc + v;
      case PROD -> acc * v;
      case MAX -> Math.max(acc, v);
      case MIN -> Math.min(acc, v);
    };
  }

  /** Whether an empty reduction is an error (no identity element). */
  public boolean needsElements() {
    return switch (this) {
      case MAX, MIN -> true;
      case SUM, PROD -> false;
    };
  }
}
