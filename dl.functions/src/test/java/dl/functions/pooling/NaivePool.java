package dl.functions.pooling;

import dl.api.DType;
import dl.testing.TestArray;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Direct-loop pooling in double, and tie-free inputs for max pooling's gradient checks. */
final class NaivePool {
  private NaivePool() {}

  /** Distinct values 0.1 apart, shuffled: no window max is within the check's eps of another. */
  static TestArray distinct(SplittableRandom rng, DType t, int... shape) {
    int n = 1;
    for (int s : shape) {
      n *= s;
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = (i - n / 2.0) * 0.1;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      double tmp = d[i];
      d[i] = d[j];
      d[j] = tmp;
    }
    return TestArray.of(t, d, shape);
  }

  static int outSize(int in, int k, int s, int p, boolean coverAll) {
    return coverAll ? (in + 2 * p - k + s - 1) / s + 1 : (in + 2 * p - k) / s + 1;
  }

  /**
   * Pooling over 1-3 spatial axes: mode 0 max, 1 average over the kernel size, 2 average over the
   * elements inside the input.
   */
  static TestArray pool(TestArray x, int k, int s, int p, boolean coverAll, int mode) {
    int[] xs = x.shape();
    int nd = xs.length - 2;
    int[] in = new int[3];
    Arrays.fill(in, 1);
    int[] ks = {1, 1, 1};
    int[] out = {1, 1, 1};
    int[] pad = {0, 0, 0};
    for (int a = 0; a < nd; a++) {
      in[3 - nd + a] = xs[a + 2];
      ks[3 - nd + a] = k;
      pad[3 - nd + a] = p;
      out[3 - nd + a] = outSize(xs[a + 2], k, s, p, coverAll);
    }
    int[] st = {s, s, s};
    int nc = xs[0] * xs[1];
    int ni = in[0] * in[1] * in[2];
    int no = out[0] * out[1] * out[2];
    double[] y = new double[nc * no];
    for (int c = 0; c < nc; c++) {
      for (int o0 = 0; o0 < out[0]; o0++) {
        for (int o1 = 0; o1 < out[1]; o1++) {
          for (int o2 = 0; o2 < out[2]; o2++) {
            double best = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int count = 0;
            for (int j0 = 0; j0 < ks[0]; j0++) {
              for (int j1 = 0; j1 < ks[1]; j1++) {
                for (int j2 = 0; j2 < ks[2]; j2++) {
                  int i0 = o0 * st[0] - pad[0] + j0;
                  int i1 = o1 * st[1] - pad[1] + j1;
                  int i2 = o2 * st[2] - pad[2] + j2;
                  if (i0 < 0 || i1 < 0 || i2 < 0 || i0 >= in[0] || i1 >= in[1] || i2 >= in[2]) {
                    continue;
                  }
                  double v = x.data()[c * ni + (i0 * in[1] + i1) * in[2] + i2];
                  best = Math.max(best, v);
                  sum += v;
                  count++;
                }
              }
            }
            int kk = ks[0] * ks[1] * ks[2];
            y[c * no + (o0 * out[1] + o1) * out[2] + o2] =
                mode == 0 ? best : mode == 1 ? sum / kk : sum / count;
          }
        }
      }
    }
    int[] shape = xs.clone();
    for (int a = 0; a < nd; a++) {
      shape[a + 2] = out[3 - nd + a];
    }
    return new TestArray(y, shape, x.dtype());
  }
}
