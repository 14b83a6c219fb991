package dl.functions.rnn;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Stacked LSTMs over time-major, variable-length inputs (Chainer's {@code n_step_lstm}). {@code
 * ws[l]} holds eight matrices: {@code 0..3} on the input and {@code 4..7} on the hidden state for
 * the input gate, forget gate, new memory and output gate (the order of Chainer's implementation
 * and cuDNN; Chainer's docstring swaps the last two); {@code bs[l]} the eight biases. {@code xs[t]}
 * has shape {@code (B_t, I)} with {@code B_t} non-increasing (sequences sorted by length, then
 * transposed); {@code hx, cx} have shape {@code (n_layers, B, N)}.
 *
 * <pre>{@code
 * NStepOutput out = NStepLstm.apply(1, 0.0, hx, cx, ws, bs, xs);  // or F.nStepLstm(...)
 * }</pre>
 */
public final class NStepLstm {
  private NStepLstm() {}

  /** The LSTM cell: Chainer's {@code _lstm}, gates stacked as {@code (a, i, f, o)} for lstm. */
  static final NStep.Cell CELL =
      new NStep.Cell() {
        @Override
        public int weights() {
          return 8;
        }

        @Override
        public Variable[] prepare(Variable[] w, Variable[] b) {
          return new Variable[] {
            stack(w[2], w[0], w[1], w[3]),
            stack(b[2], b[0], b[1], b[3]),
            stack(w[6], w[4], w[5], w[7]),
            stack(b[6], b[4], b[5], b[7])
          };
        }

        @Override
        public Variable[] step(Variable x, Variable h, Variable c, Variable[] p) {
          Variable in = F.add(F.linear(x, p[0], p[1]), F.linear(h, p[2], p[3]));
          Variable[] ch = Lstm.apply(c, in);
          return new Variable[] {ch[1], ch[0]};
        }
      };

  /** Interleaves per unit: {@code (N, ...)} arrays to {@code (4N, ...)} in the order given. */
  static Variable stack(Variable... ws) {
    int[] s = ws[0].shape();
    int rest = ws[0].size() / s[0];
    Variable[] cols = new Variable[ws.length];
    for (int i = 0; i < ws.length; i++) {
      cols[i] = F.reshape(ws[i], s[0], 1, rest);
    }
    Variable w = F.concat(cols, 1);
    return s.length == 1 ? F.reshape(w, -1) : F.reshape(w, -1, rest);
  }

  /** Registered as {@code "n_step_lstm"}: inputs {@code hx, cx, ws..., bs..., xs...}. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "n_step_lstm",
        (o, in) -> NStep.fromProvider("n_step_lstm", CELL, o, in, true, false).toArray());
  }

  /** Runs the stacked LSTM; returns {@code (hy, cy, ys)}. */
  public static NStepOutput apply(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStep.run("n_step_lstm", CELL, nLayers, dropoutRatio, hx, cx, ws, bs, xs, false);
  }
}
