package dl.links;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Parameter;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** Plain-double reference computations for the link tests (independent of the links' code). */
final class Ref {
  private Ref() {}

  /** A (rows, cols) view of a 2-d test array. */
  static double[][] mat(TestArray a) {
    int r = a.shape()[0];
    int c = a.size() / r;
    double[][] m = new double[r][c];
    for (int i = 0; i < r; i++) {
      System.arraycopy(a.data(), i * c, m[i], 0, c);
    }
    return m;
  }

  static TestArray arr(double[][] m, DType dtype) {
    int r = m.length;
    int c = m[0].length;
    double[] d = new double[r * c];
    for (int i = 0; i < r; i++) {
      System.arraycopy(m[i], 0, d, i * c, c);
    }
    return TestArray.of(dtype, d, r, c);
  }

  /** {@code x·Wᵀ + b} with W (out, in) and b (out) or null. */
  static double[][] linear(double[][] x, TestArray w, TestArray b) {
    double[][] wm = mat(w);
    int out = wm.length;
    double[][] y = new double[x.length][out];
    for (int n = 0; n < x.length; n++) {
      for (int o = 0; o < out; o++) {
        double s = b == null ? 0 : b.data()[o];
        for (int k = 0; k < x[n].length; k++) {
          s += x[n][k] * wm[o][k];
        }
        y[n][o] = s;
      }
    }
    return y;
  }

  static double[][] add(double[][] a, double[][] b) {
    double[][] y = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        y[i][j] = a[i][j] + b[i][j];
      }
    }
    return y;
  }

  static double sigmoid(double v) {
    return 1 / (1 + Math.exp(-v));
  }

  /** Replaces a parameter's values with uniform samples in [lo, hi) of its shape and dtype. */
  static void randomize(Parameter p, SplittableRandom rng, double lo, double hi) {
    p.setArray(TestArray.uniform(rng, p.dtype(), lo, hi, p.shape()).to(NdArrays.backend()));
  }
}
