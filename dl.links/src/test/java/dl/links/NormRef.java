package dl.links;

/** Plain-double normalization references for the link tests. */
final class NormRef {
  private NormRef() {}

  /**
   * Per channel c of x (n, c, rest): mean and biased variance over n and rest, {@code {mean, var}}.
   */
  static double[][] channelStats(double[] x, int n, int c, int rest) {
    double[][] mv = new double[2][c];
    int m = n * rest;
    for (int ch = 0; ch < c; ch++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        for (int r = 0; r < rest; r++) {
          s += x[(i * c + ch) * rest + r];
        }
      }
      double mean = s / m;
      double v = 0;
      for (int i = 0; i < n; i++) {
        for (int r = 0; r < rest; r++) {
          double d = x[(i * c + ch) * rest + r] - mean;
          v += d * d;
        }
      }
      mv[0][ch] = mean;
      mv[1][ch] = v / m;
    }
    return mv;
  }

  /** {@code γ_c·(x − mean_c)/√(var_c + eps)·r_c + d_c... + β_c} with r = 1, d = 0. */
  static double[] affine(
      double[] x,
      int n,
      int c,
      int rest,
      double[] mean,
      double[] var,
      double eps,
      double[] g,
      double[] b) {
    double[] y = new double[x.length];
    for (int i = 0; i < n; i++) {
      for (int ch = 0; ch < c; ch++) {
        for (int r = 0; r < rest; r++) {
          int k = (i * c + ch) * rest + r;
          y[k] = g[ch] * (x[k] - mean[ch]) / Math.sqrt(var[ch] + eps) + b[ch];
        }
      }
    }
    return y;
  }
}
