package dl.links;

import dl.api.DType;
import dl.api.Link;
import dl.api.Variable;
import dl.functions.rnn.NStepOutput;
import dl.testing.LinkTestCase;
import dl.testing.TestArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The n-step RNN links on three unsorted sequences of lengths 2, 3, 1 (in 3, out 2), with or
 * without initial states; the reference runs each sequence alone, step by step, with the cell
 * equations written out (no sorting, no transposing), so it checks the link's reordering too.
 */
abstract class NStepCase extends LinkTestCase {
  static final int IN = 3;
  static final int OUT = 2;
  static final int[] LENGTHS = {2, 3, 1};

  enum Kind {
    LSTM,
    GRU,
    TANH,
    RELU
  }

  abstract Kind kind();

  abstract int layers();

  abstract boolean bi();

  /** Whether initial states are given (else null, i.e. zeros). */
  abstract boolean withState();

  int dirs() {
    return bi() ? 2 : 1;
  }

  int states() {
    return kind() == Kind.LSTM ? 2 : 1;
  }

  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    List<TestArray> in = new ArrayList<>();
    if (withState()) {
      for (int s = 0; s < states(); s++) {
        in.add(TestArray.uniform(rng, dtype, -1, 1, layers() * dirs(), LENGTHS.length, OUT));
      }
    }
    for (int t : LENGTHS) {
      in.add(TestArray.uniform(rng, dtype, -1, 1, t, IN));
    }
    return in.toArray(new TestArray[0]);
  }

  @Override
  protected Variable[] forward(Link link, Variable[] in) {
    int k = withState() ? states() : 0;
    Variable hx = withState() ? in[0] : null;
    Variable cx = withState() && states() == 2 ? in[1] : null;
    List<Variable> xs = Arrays.asList(Arrays.copyOfRange(in, k, in.length));
    NStepOutput out =
        link instanceof NStepLSTM l
            ? l.call(hx, cx, xs)
            : link instanceof NStepBiLSTM b ? b.call(hx, cx, xs) : callNoCell(link, hx, xs);
    List<Variable> ys = new ArrayList<>();
    ys.add(out.hy());
    if (out.cy() != null) {
      ys.add(out.cy());
    }
    ys.addAll(out.ys());
    return ys.toArray(new Variable[0]);
  }

  abstract NStepOutput callNoCell(Link link, Variable hx, List<Variable> xs);

  private static double sig(double v) {
    return 1 / (1 + Math.exp(-v));
  }

  /** {@code W·x + b} for W (out, in). */
  private static double[] affine(TestArray w, TestArray b, double[] x) {
    int out = w.shape()[0];
    int in = w.shape()[1];
    double[] y = new double[out];
    for (int o = 0; o < out; o++) {
      double s = b.data()[o];
      for (int k = 0; k < in; k++) {
        s += w.data()[o * in + k] * x[k];
      }
      y[o] = s;
    }
    return y;
  }

  /** One step: returns {h, c} (c null without a memory). */
  private double[][] step(TestArray[] w, TestArray[] b, double[] x, double[] h, double[] c) {
    int n = w.length / 2;
    double[][] ax = new double[n][];
    double[][] ah = new double[n][];
    for (int j = 0; j < n; j++) {
      ax[j] = affine(w[j], b[j], x);
      ah[j] = affine(w[n + j], b[n + j], h);
    }
    double[] hn = new double[OUT];
    double[] cn = c == null ? null : new double[OUT];
    for (int u = 0; u < OUT; u++) {
      switch (kind()) {
        case LSTM -> {
          double i = sig(ax[0][u] + ah[0][u]);
          double f = sig(ax[1][u] + ah[1][u]);
          double a = Math.tanh(ax[2][u] + ah[2][u]);
          double o = sig(ax[3][u] + ah[3][u]);
          cn[u] = f * c[u] + i * a;
          hn[u] = o * Math.tanh(cn[u]);
        }
        case GRU -> {
          double r = sig(ax[0][u] + ah[0][u]);
          double z = sig(ax[1][u] + ah[1][u]);
          double hh = Math.tanh(ax[2][u] + r * ah[2][u]);
          hn[u] = (1 - z) * hh + z * h[u];
        }
        case TANH -> hn[u] = Math.tanh(ax[0][u] + ah[0][u]);
        case RELU -> hn[u] = Math.max(0, ax[0][u] + ah[0][u]);
      }
    }
    return new double[][] {hn, cn};
  }

  @Override
  protected TestArray[] forwardExpected(Link link, TestArray[] in) {
    int nw = kind() == Kind.LSTM ? 8 : kind() == Kind.GRU ? 6 : 2;
    int k = withState() ? states() : 0;
    int nb = LENGTHS.length;
    int nl = layers() * dirs();
    double[][][] hy = new double[nl][nb][];
    double[][][] cy = new double[nl][nb][];
    List<double[][]> ysOut = new ArrayList<>();
    for (int s = 0; s < nb; s++) {
      int len = LENGTHS[s];
      double[][] layerIn = new double[len][];
      for (int t = 0; t < len; t++) {
        layerIn[t] = Arrays.copyOfRange(in[k + s].data(), t * IN, (t + 1) * IN);
      }
      for (int l = 0; l < layers(); l++) {
        double[][] next = new double[len][OUT * dirs()];
        for (int d = 0; d < dirs(); d++) {
          int idx = l * dirs() + d;
          TestArray[] w = new TestArray[nw];
          TestArray[] b = new TestArray[nw];
          for (int j = 0; j < nw; j++) {
            w[j] = param(link, "/" + idx + "/w" + j);
            b[j] = param(link, "/" + idx + "/b" + j);
          }
          double[] h = new double[OUT];
          double[] c = kind() == Kind.LSTM ? new double[OUT] : null;
          if (withState()) {
            for (int u = 0; u < OUT; u++) {
              h[u] = in[0].data()[(idx * nb + s) * OUT + u];
              if (c != null) {
                c[u] = in[1].data()[(idx * nb + s) * OUT + u];
              }
            }
          }
          for (int q = 0; q < len; q++) {
            int t = d == 0 ? q : len - 1 - q;
            double[][] hc = step(w, b, layerIn[t], h, c);
            h = hc[0];
            c = hc[1];
            System.arraycopy(h, 0, next[t], d * OUT, OUT);
          }
          hy[idx][s] = h;
          cy[idx][s] = c;
        }
        layerIn = next;
      }
      ysOut.add(layerIn);
    }
    DType dt = in[k].dtype();
    List<TestArray> out = new ArrayList<>();
    out.add(stack(hy, dt));
    if (kind() == Kind.LSTM) {
      out.add(stack(cy, dt));
    }
    for (double[][] ys : ysOut) {
      out.add(Ref.arr(ys, dt));
    }
    return out.toArray(new TestArray[0]);
  }

  private static TestArray stack(double[][][] a, DType dt) {
    int n = a.length;
    int b = a[0].length;
    int u = a[0][0].length;
    double[] d = new double[n * b * u];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < b; j++) {
        System.arraycopy(a[i][j], 0, d, (i * b + j) * u, u);
      }
    }
    return TestArray.of(dt, d, n, b, u);
  }
}
