package dl.backend.openblas;

import java.util.Arrays;

/**
 * Typed loops of argmax/argmin over the middle axis of an (outer, n, inner) block, for outer
 * positions {@code [from, to)}. NumPy's rule: the first NaN wins; otherwise the first extreme
 * value. Comparing in the storage type gives the same order as comparing through double.
 */
final class ArgLoops {
  private ArgLoops() {}

  static void argF(float[] x, int[] out, int from, int to, int n, int inner, boolean max) {
    // Sweeps whole rows of the reduced axis (contiguous, unlike one strided column per output):
    // pooling reduces a short axis over a long inner one. Once best[q] is NaN that output takes
    // no more updates: the first NaN wins.
    float[] best = new float[inner];
    for (int p = from; p < to; p++) {
      int base = p * n * inner;
      int ob = p * inner;
      System.arraycopy(x, base, best, 0, inner);
      Arrays.fill(out, ob, ob + inner, 0);
      for (int j = 1; j < n; j++) {
        int row = base + j * inner;
        for (int q = 0; q < inner; q++) {
          float b = best[q];
          float v = x[row + q];
          if (!Float.isNaN(b) && (Float.isNaN(v) || (max ? v > b : v < b))) {
            best[q] = v;
            out[ob + q] = j;
          }
        }
      }
    }
  }

  static void argD(double[] x, int[] out, int from, int to, int n, int inner, boolean max) {
    for (int p = from; p < to; p++) {
      for (int q = 0; q < inner; q++) {
        int base = p * n * inner + q;
        double best = x[base];
        int bi = 0;
        for (int j = 1; j < n && !Double.isNaN(best); j++) {
          double v = x[base + j * inner];
          if (Double.isNaN(v) || (max ? v > best : v < best)) {
            best = v;
            bi = j;
          }
        }
        out[p * inner + q] = bi;
      }
    }
  }

  static void argI(int[] x, int[] out, int from, int to, int n, int inner, boolean max) {
    for (int p = from; p < to; p++) {
      for (int q = 0; q < inner; q++) {
        int base = p * n * inner + q;
        int best = x[base];
        int bi = 0;
        for (int j = 1; j < n; j++) {
          int v = x[base + j * inner];
          if (max ? v > best : v < best) {
            best = v;
            bi = j;
          }
        }
        out[p * inner + q] = bi;
      }
    }
  }
}
