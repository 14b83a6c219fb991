package dl.backend.openblas;

/**
 * Typed inner loops of take and takeAddInto. The storage type is dispatched once per call, not per
 * row, and rows of one or a few elements (im2col/col2im gather single pixels) run as plain loops
 * instead of one {@code System.arraycopy} per element. Work is split over the outer axis: each
 * outer position owns a disjoint slice of the result, so the split is race-free and keeps the
 * sequential order of repeated indices within a slice (identical sums).
 */
final class GatherLoops {
  private GatherLoops() {}

  /** Rows at most this long are copied element by element rather than by arraycopy. */
  private static final int SMALL = 16;

  /** r[o, j, :] = x[o, idx[j], :] for resolved (non-negative, in-range) indices. */
  static void take(Object x, Object r, int[] idx, int outer, int n, int inner) {
    int m = idx.length;
    Par.range(
        outer,
        m * inner,
        (from, to) -> {
          if (x instanceof float[]) {
            takeF((float[]) x, (float[]) r, idx, from, to, n, inner);
          } else if (x instanceof double[]) {
            takeD((double[]) x, (double[]) r, idx, from, to, n, inner);
          } else {
            takeI((int[]) x, (int[]) r, idx, from, to, n, inner);
          }
        });
  }

  /** t[o, idx[j], :] += v[o, j, :] for resolved indices; repeated indices accumulate in j order. */
  static void takeAdd(Object t, Object v, int[] idx, int outer, int n, int inner) {
    int m = idx.length;
    Par.range(
        outer,
        m * inner,
        (from, to) -> {
          if (t instanceof float[]) {
            addF((float[]) t, (float[]) v, idx, from, to, n, inner);
          } else if (t instanceof double[]) {
            addD((double[]) t, (double[]) v, idx, from, to, n, inner);
          } else {
            addI((int[]) t, (int[]) v, idx, from, to, n, inner);
          }
        });
  }

  private static void takeF(float[] x, float[] r, int[] idx, int from, int to, int n, int in) {
    int m = idx.length;
    for (int o = from; o < to; o++) {
      int xb = o * n;
      int rb = o * m;
      if (in == 1) {
        for (int j = 0; j < m; j++) {
          r[rb + j] = x[xb + idx[j]];
        }
      } else {
        for (int j = 0; j < m; j++) {
          int s = (xb + idx[j]) * in;
          int d = (rb + j) * in;
          if (in <= SMALL) {
            for (int i = 0; i < in; i++) {
              r[d + i] = x[s + i];
            }
          } else {
            System.arraycopy(x, s, r, d, in);
          }
        }
      }
    }
  }

  private static void takeD(double[] x, double[] r, int[] idx, int from, int to, int n, int in) {
    int m = idx.length;
    for (int o = from; o < to; o++) {
      int xb = o * n;
      int rb = o * m;
      if (in == 1) {
        for (int j = 0; j < m; j++) {
          r[rb + j] = x[xb + idx[j]];
        }
      } else {
        for (int j = 0; j < m; j++) {
          int s = (xb + idx[j]) * in;
          int d = (rb + j) * in;
          if (in <= SMALL) {
            for (int i = 0; i < in; i++) {
              r[d + i] = x[s + i];
            }
          } else {
            System.arraycopy(x, s, r, d, in);
          }
        }
      }
    }
  }

  private static void takeI(int[] x, int[] r, int[] idx, int from, int to, int n, int in) {
    int m = idx.length;
    for (int o = from; o < to; o++) {
      int xb = o * n;
      int rb = o * m;
      if (in == 1) {
        for (int j = 0; j < m; j++) {
          r[rb + j] = x[xb + idx[j]];
        }
      } else {
        for (int j = 0; j < m; j++) {
          int s = (xb + idx[j]) * in;
          int d = (rb + j) * in;
          if (in <= SMALL) {
            for (int i = 0; i < in; i++) {
              r[d + i] = x[s + i];
            }
          } else {
            System.arraycopy(x, s, r, d, in);
          }
        }
      }
    }
  }

  private static void addF(float[] t, float[] v, int[] idx, int from, int to, int n, int in) {
    int m = idx.length;
    for (int o = from; o < to; o++) {
      int tb = o * n;
      int vb = o * m;
      if (in == 1) {
        for (int j = 0; j < m; j++) {
          t[tb + idx[j]] += v[vb + j];
        }
      } else {
        for (int j = 0; j < m; j++) {
          int d = (tb + idx[j]) * in;
          int s = (vb + j) * in;
          for (int i = 0; i < in; i++) {
            t[d + i] += v[s + i];
          }
        }
      }
    }
  }

  private static void addD(double[] t, double[] v, int[] idx, int from, int to, int n, int in) {
    int m = idx.length;
    for (int o = from; o < to; o++) {
      int tb = o * n;
      int vb = o * m;
      if (in == 1) {
        for (int j = 0; j < m; j++) {
          t[tb + idx[j]] += v[vb + j];
        }
      } else {
        for (int j = 0; j < m; j++) {
          int d = (tb + idx[j]) * in;
          int s = (vb + j) * in;
          for (int i = 0; i < in; i++) {
            t[d + i] += v[s + i];
          }
        }
      }
    }
  }

  private static void addI(int[] t, int[] v, int[] idx, int from, int to, int n, int in) {
    int m = idx.length;
    for (int o = from; o < to; o++) {
      int tb = o * n;
      int vb = o * m;
      if (in == 1) {
        for (int j = 0; j < m; j++) {
          t[tb + idx[j]] += v[vb + j];
        }
      } else {
        for (int j = 0; j < m; j++) {
          int d = (tb + idx[j]) * in;
          int s = (vb + j) * in;
          for (int i = 0; i < in; i++) {
            t[d + i] += v[s + i];
          }
        }
      }
    }
  }
}
