package dl.links;

import dl.testing.TestArray;

/** Reference LSTM and GRU steps in double (Chainer's conventions, written out by hand). */
final class RnnRef {
  private RnnRef() {}

  /** {c', h'} of one LSTM step with z = x·Uᵀ + b (+ h·Lᵀ), gates interleaved (a, i, f, o). */
  static double[][][] lstm(
      double[][] c, double[][] h, double[][] x, TestArray up, TestArray upB, TestArray lat) {
    double[][] z = Ref.linear(x, up, upB);
    if (h != null) {
      z = Ref.add(z, Ref.linear(h, lat, null));
    }
    int n = x.length;
    int out = z[0].length / 4;
    double[][] c2 = new double[n][out];
    double[][] h2 = new double[n][out];
    for (int b = 0; b < n; b++) {
      for (int k = 0; k < out; k++) {
        double a = Math.tanh(z[b][4 * k]);
        double i = Ref.sigmoid(z[b][4 * k + 1]);
        double f = Ref.sigmoid(z[b][4 * k + 2]);
        double o = Ref.sigmoid(z[b][4 * k + 3]);
        c2[b][k] = a * i + (c == null ? 0 : f * c[b][k]);
        h2[b][k] = o * Math.tanh(c2[b][k]);
      }
    }
    return new double[][][] {c2, h2};
  }

  /** Parameters of a GRU link by name: W_r, U_r, W_z, U_z, W, U (W then b). */
  interface P {
    TestArray get(String path);
  }

  static double[][] lin(P p, String name, double[][] x) {
    return Ref.linear(x, p.get("/" + name + "/W"), p.get("/" + name + "/b"));
  }

  /** One GRU step from h (null: Chainer's stateful first step h' = z·h̄ without U terms). */
  static double[][] gru(P p, double[][] h, double[][] x) {
    double[][] wr = lin(p, "W_r", x);
    double[][] wz = lin(p, "W_z", x);
    double[][] w = lin(p, "W", x);
    int n = x.length;
    int out = wz[0].length;
    double[][] y = new double[n][out];
    if (h == null) {
      for (int b = 0; b < n; b++) {
        for (int k = 0; k < out; k++) {
          y[b][k] = Ref.sigmoid(wz[b][k]) * Math.tanh(w[b][k]);
        }
      }
      return y;
    }
    double[][] ur = lin(p, "U_r", h);
    double[][] uz = lin(p, "U_z", h);
    double[][] rh = new double[n][out];
    for (int b = 0; b < n; b++) {
      for (int k = 0; k < out; k++) {
        rh[b][k] = Ref.sigmoid(wr[b][k] + ur[b][k]) * h[b][k];
      }
    }
    double[][] u = lin(p, "U", rh);
    for (int b = 0; b < n; b++) {
      for (int k = 0; k < out; k++) {
        double z = Ref.sigmoid(wz[b][k] + uz[b][k]);
        y[b][k] = z * Math.tanh(w[b][k] + u[b][k]) + (1 - z) * h[b][k];
      }
    }
    return y;
  }
}
