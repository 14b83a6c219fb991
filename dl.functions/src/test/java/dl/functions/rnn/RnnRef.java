package dl.functions.rnn;

import dl.api.DType;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/**
 * Reference n-step RNNs in plain double, run sequence by sequence (not time-major), from the
 * formulas in Chainer's documentation. Inputs are laid out as the provider's: {@code hx, [cx], ws
 * (S·k matrices), bs (S·k vectors), xs[t]}.
 */
final class RnnRef {
  final String cell; // "lstm", "gru", "tanh", "relu"
  final int nLayers;
  final boolean bi;
  final int[] batches; // B_t, non-increasing
  final int in;
  final int units;

  RnnRef(String cell, int nLayers, boolean bi, int[] batches, int in, int units) {
    this.cell = cell;
    this.nLayers = nLayers;
    this.bi = bi;
    this.batches = batches;
    this.in = in;
    this.units = units;
  }

  int dirs() {
    return bi ? 2 : 1;
  }

  int k() {
    return switch (cell) {
      case "lstm" -> 8;
      case "gru" -> 6;
      default -> 2;
    };
  }

  boolean withC() {
    return cell.equals("lstm");
  }

  TestArray[] inputs(DType dtype, SplittableRandom rng) {
    int s = nLayers * dirs();
    int b = batches[0];
    int n = 1 + (withC() ? 1 : 0) + 2 * s * k() + batches.length;
    TestArray[] a = new TestArray[n];
    int at = 0;
    a[at++] = TestArray.uniform(rng, dtype, -1, 1, s, b, units);
    if (withC()) {
      a[at++] = TestArray.uniform(rng, dtype, -1, 1, s, b, units);
    }
    for (int i = 0; i < s; i++) {
      int inSize = i < dirs() ? in : units * dirs();
      for (int j = 0; j < k(); j++) {
        a[at++] = TestArray.uniform(rng, dtype, -1, 1, units, j < k() / 2 ? inSize : units);
      }
    }
    for (int i = 0; i < s * k(); i++) {
      a[at++] = TestArray.uniform(rng, dtype, -1, 1, units);
    }
    for (int bt : batches) {
      a[at++] = TestArray.uniform(rng, dtype, -1, 1, bt, in);
    }
    return a;
  }

  private static double sig(double v) {
    return 1 / (1 + Math.exp(-v));
  }

  /** {@code W·x + b} for matrix input {@code w} (units × len). */
  private static double[] affine(TestArray w, TestArray b, double[] x) {
    int rows = w.shape()[0];
    int cols = w.shape()[1];
    double[] y = new double[rows];
    for (int r = 0; r < rows; r++) {
      double s = b.data()[r];
      for (int c = 0; c < cols; c++) {
        s += w.data()[r * cols + c] * x[c];
      }
      y[r] = s;
    }
    return y;
  }

  /** Expected {@code hy, [cy], ys[t]}. */
  TestArray[] expected(TestArray[] a) {
    int s = nLayers * dirs();
    int b = batches[0];
    int kk = k();
    int wAt = withC() ? 2 : 1;
    int bAt = wAt + s * kk;
    int xAt = bAt + s * kk;
    int steps = batches.length;
    // seq[b][t] = input vector of sequence b at time t (length = #t with batches[t] > b)
    double[][][] seq = new double[b][][];
    for (int q = 0; q < b; q++) {
      int len = 0;
      while (len < steps && batches[len] > q) {
        len++;
      }
      seq[q] = new double[len][];
      for (int t = 0; t < len; t++) {
        seq[q][t] = java.util.Arrays.copyOfRange(a[xAt + t].data(), q * in, (q + 1) * in);
      }
    }
    double[] hy = new double[s * b * units];
    double[] cy = new double[s * b * units];
    for (int layer = 0; layer < nLayers; layer++) {
      double[][][] next = new double[b][][];
      for (int q = 0; q < b; q++) {
        next[q] = new double[seq[q].length][units * dirs()];
      }
      for (int d = 0; d < dirs(); d++) {
        int idx = dirs() * layer + d;
        TestArray[] w = new TestArray[kk];
        TestArray[] bb = new TestArray[kk];
        for (int j = 0; j < kk; j++) {
          w[j] = a[wAt + idx * kk + j];
          bb[j] = a[bAt + idx * kk + j];
        }
        for (int q = 0; q < b; q++) {
          int off = (idx * b + q) * units;
          double[] h = java.util.Arrays.copyOfRange(a[0].data(), off, off + units);
          double[] c = withC() ? java.util.Arrays.copyOfRange(a[1].data(), off, off + units) : null;
          int len = seq[q].length;
          for (int step = 0; step < len; step++) {
            int t = d == 0 ? step : len - 1 - step;
            double[] x = seq[q][t];
            double[] hn = new double[units];
            if (cell.equals("lstm")) {
              double[][] g = new double[4][];
              for (int gi = 0; gi < 4; gi++) {
                double[] u = affine(w[gi], bb[gi], x);
                double[] v = affine(w[gi + 4], bb[gi + 4], h);
                g[gi] = new double[units];
                for (int r = 0; r < units; r++) {
                  g[gi][r] = u[r] + v[r];
                }
              }
              for (int r = 0; r < units; r++) {
                c[r] = sig(g[0][r]) * Math.tanh(g[2][r]) + sig(g[1][r]) * c[r];
                hn[r] = sig(g[3][r]) * Math.tanh(c[r]);
              }
            } else if (cell.equals("gru")) {
              double[] r0 = affine(w[0], bb[0], x);
              double[] r1 = affine(w[3], bb[3], h);
              double[] z0 = affine(w[1], bb[1], x);
              double[] z1 = affine(w[4], bb[4], h);
              double[] n0 = affine(w[2], bb[2], x);
              double[] n1 = affine(w[5], bb[5], h);
              for (int r = 0; r < units; r++) {
                double rr = sig(r0[r] + r1[r]);
                double z = sig(z0[r] + z1[r]);
                double hb = Math.tanh(n0[r] + rr * n1[r]);
                hn[r] = (1 - z) * hb + z * h[r];
              }
            } else {
              double[] u = affine(w[0], bb[0], x);
              double[] v = affine(w[1], bb[1], h);
              for (int r = 0; r < units; r++) {
                double p = u[r] + v[r];
                hn[r] = cell.equals("relu") ? Math.max(0, p) : Math.tanh(p);
              }
            }
            h = hn;
            System.arraycopy(h, 0, next[q][t], d * units, units);
          }
          System.arraycopy(h, 0, hy, off, units);
          if (withC()) {
            System.arraycopy(c, 0, cy, off, units);
          }
        }
      }
      seq = next;
    }
    DType dt = a[0].dtype();
    TestArray[] out = new TestArray[(withC() ? 2 : 1) + steps];
    int at = 0;
    out[at++] = new TestArray(hy, new int[] {s, b, units}, dt);
    if (withC()) {
      out[at++] = new TestArray(cy, new int[] {s, b, units}, dt);
    }
    int width = units * dirs();
    for (int t = 0; t < steps; t++) {
      double[] y = new double[batches[t] * width];
      for (int q = 0; q < batches[t]; q++) {
        System.arraycopy(seq[q][t], 0, y, q * width, width);
      }
      out[at++] = new TestArray(y, new int[] {batches[t], width}, dt);
    }
    return out;
  }
}
