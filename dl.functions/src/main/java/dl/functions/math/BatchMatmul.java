package dl.functions.math;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Chainer's (deprecated) {@code batch_matmul}: each operand of shape {@code (B, M, ...)} is viewed
 * as a batch of matrices {@code (B, M, prod(...))} (so a 2-d {@code (B, M)} becomes a batch of
 * column vectors {@code (B, M, 1)}), optionally transposed in its last two axes, then multiplied
 * batch by batch. A composite of reshape and matmul.
 *
 * <pre>{@code
 * Variable c = F.batchMatmul(a, b, false, false);   // (B, M, K)·(B, K, N) -> (B, M, N)
 * }</pre>
 */
public final class BatchMatmul {
  private BatchMatmul() {}

  /**
   * Registered as {@code "batch_matmul"}; inputs {@code a, b}; options {@code transa}, {@code
   * transb} (default false).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "batch_matmul",
        (o, in) ->
            new Variable[] {
              apply(in[0], in[1], Opts.bool(o, "transa", false), Opts.bool(o, "transb", false))
            });
  }

  /** {@code op(a[i])·op(b[i])} for every batch index {@code i}. */
  public static Variable apply(Variable a, Variable b, boolean transa, boolean transb) {
    Check.minNdim("batch_matmul", "a", 0, a.array(), 2);
    Check.minNdim("batch_matmul", "b", 1, b.array(), 2);
    return F.matmul(asBatch(a), asBatch(b), transa, transb);
  }

  private static Variable asBatch(Variable x) {
    int[] s = x.shape();
    int rest = s[0] * s[1] == 0 ? 0 : x.size() / (s[0] * s[1]);
    return F.reshape(x, s[0], s[1], rest);
  }
}
