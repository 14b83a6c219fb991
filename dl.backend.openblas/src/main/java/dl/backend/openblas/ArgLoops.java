package dl.backend.openblas;

/**
 * Typed loops of argmax/argmin over the middle axis of an (outer, n, inner) block, for outer
 * positions {@code [from, to)}. NumPy's rule: the first NaN wins; otherwise the first extreme
 * value. Comparing in the storage type gives the same order as comparing through double.
 */
final class ArgLoops {
  private ArgLoops() {}

  static void argF(float[] x, int[] out, int from, int to, int n, int inner, boolean max) {
    for (int p = from; p < to; p++) {
      for (int q = 0; q < inner; q++) {
        int base = p * n * inner + q;
        float best = x[base];
        int bi = 0;
        for (int j = 1; j < n && !Float.isNaN(best); j++) {
          float v = x[base + j * inner];
          if (Float.isNaN(v) || (max ? v > best : v < best)) {
            best = v;
            bi = j;
          }
        }
        out[p * inner + q] = bi;
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
