package dl.backend.openblas;

import java.util.stream.IntStream;

/**
 * Splits large loops over the cores with the common ForkJoin pool. Only kernels that do not call
 * OpenBLAS use it, so Java threads and OpenBLAS's own threads never compete for the cores.
 */
final class Par {
  private Par() {}

  /** Below this many elements a loop runs on the calling thread. */
  static final int THRESHOLD = 1 << 16;

  static final int CORES = Runtime.getRuntime().availableProcessors();

  /** A loop body over the half-open range {@code [from, to)}. */
  @FunctionalInterface
  interface Range {
    void run(int from, int to);
  }

  /** Runs {@code body} over {@code [0, n)}, in a few chunks (multiples of 64) when n is large. */
  static void range(int n, Range body) {
    range(n, 1, body);
  }

  /**
   * Runs {@code body} over {@code [0, n)} items of {@code itemCost} elements each, splitting when
   * the total work {@code n * itemCost} passes the threshold.
   */
  static void range(int n, int itemCost, Range body) {
    long work = (long) n * Math.max(1, itemCost);
    int chunks = (int) Math.min(Math.min(CORES, n), work / (THRESHOLD / 2));
    if (chunks <= 1) {
      body.run(0, n);
      return;
    }
    int per = (n + chunks - 1) / chunks;
    if (itemCost == 1) {
      per = (per + 63) & ~63; // keep chunk starts aligned for the vectorised loops
    }
    final int step = per;
    int parts = (n + step - 1) / step;
    IntStream.range(0, parts)
        .parallel()
        .forEach(c -> body.run(c * step, Math.min(n, (c + 1) * step)));
  }
}
