package dl.functions.rnn;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.array.Index;
import dl.functions.internal.Opts;

/**
 * Stacked GRUs over time-major, variable-length inputs (Chainer's {@code n_step_gru}). {@code
 * ws[l]} holds six matrices, {@code 0..2} on the input and {@code 3..5} on the hidden state:
 *
 * <pre>
 * r = σ(W0·x + b0 + W3·h + b3)     z = σ(W1·x + b1 + W4·h + b4)
 * h̄ = tanh(W2·x + b2 + r·(W5·h + b5))     h' = (1 - z)·h̄ + z·h
 * </pre>
 *
 * <pre>{@code
 * NStepOutput out = NStepGru.apply(1, 0.0, hx, ws, bs, xs);  // or F.nStepGru(...)
 * }</pre>
 */
public final class NStepGru {
  private NStepGru() {}

  static final NStep.Cell CELL =
      new NStep.Cell() {
        @Override
        public int weights() {
          return 6;
        }

        @Override
        public Variable[] prepare(Variable[] w, Variable[] b) {
          return new Variable[] {
            F.concat(new Variable[] {w[0], w[1], w[2]}, 0),
            F.concat(new Variable[] {b[0], b[1], b[2]}, 0),
            F.concat(new Variable[] {w[3], w[4], w[5]}, 0),
            F.concat(new Variable[] {b[3], b[4], b[5]}, 0)
          };
        }

        @Override
        public Variable[] step(Variable x, Variable h, Variable c, Variable[] p) {
          int n = h.shape()[1];
          Variable gx = F.linear(x, p[0], p[1]);
          Variable gh = F.linear(h, p[2], p[3]);
          Variable r = F.sigmoid(F.add(part(gx, 0, n), part(gh, 0, n)));
          Variable z = F.sigmoid(F.add(part(gx, 1, n), part(gh, 1, n)));
          Variable hBar = F.tanh(F.add(part(gx, 2, n), F.mul(r, part(gh, 2, n))));
          return new Variable[] {F.add(F.mul(F.rsub(1.0, z), hBar), F.mul(z, h)), null};
        }
      };

  private static Variable part(Variable g, int k, int n) {
    return F.getItem(g, Index.all(), Index.slice(k * n, (k + 1) * n));
  }

  /** Registered as {@code "n_step_gru"}: inputs {@code hx, ws..., bs..., xs...}. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "n_step_gru",
        (o, in) -> NStep.fromProvider("n_step_gru", CELL, o, in, false, false).toArray());
  }

  /** Runs the stacked GRU; returns {@code (hy, null, ys)}. */
  public static NStepOutput apply(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStep.run("n_step_gru", CELL, nLayers, dropoutRatio, hx, null, ws, bs, xs, false);
  }
}
