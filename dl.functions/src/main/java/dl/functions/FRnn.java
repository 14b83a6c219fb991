package dl.functions;

import dl.api.Variable;
import dl.functions.rnn.Lstm;
import dl.functions.rnn.NStepBiGru;
import dl.functions.rnn.NStepBiLstm;
import dl.functions.rnn.NStepBiRnn;
import dl.functions.rnn.NStepGru;
import dl.functions.rnn.NStepLstm;
import dl.functions.rnn.NStepOutput;
import dl.functions.rnn.NStepRnn;

/**
 * The recurrent functions of {@link F}. Users call them as {@code F.name(...)}; the facade is split
 * into one class per category so that each stays small (the generated {@link F} delegates to it).
 * Public only so that method references such as {@code F::relu} link; call through {@code F}.
 *
 * <p>The n-step functions take Chainer's time-major inputs: {@code xs[t]} of shape {@code (B_t,
 * I)}, {@code B_t} non-increasing (sort sequences by length, longest first, then transpose).
 */
final class FRnn {
  private FRnn() {}

  /** One LSTM step, returns {@code {c, h}}: {@code Variable[] ch = F.lstm(c, x)}. */
  public static Variable[] lstm(Variable cPrev, Variable x) {
    return Lstm.apply(cPrev, x);
  }

  /** Stacked LSTMs: {@code F.nStepLstm(2, 0.5, hx, cx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepLstm(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStepLstm.apply(nLayers, dropoutRatio, hx, cx, ws, bs, xs);
  }

  /** Stacked bidirectional LSTMs: {@code F.nStepBiLstm(1, 0.0, hx, cx, ws, bs, xs).hy()}. */
  public static NStepOutput nStepBiLstm(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStepBiLstm.apply(nLayers, dropoutRatio, hx, cx, ws, bs, xs);
  }

  /** Stacked GRUs: {@code F.nStepGru(1, 0.0, hx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepGru(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStepGru.apply(nLayers, dropoutRatio, hx, ws, bs, xs);
  }

  /** Stacked bidirectional GRUs: {@code F.nStepBiGru(1, 0.0, hx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepBiGru(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStepBiGru.apply(nLayers, dropoutRatio, hx, ws, bs, xs);
  }

  /** Stacked tanh RNNs: {@code F.nStepRnn(1, 0.0, hx, ws, bs, xs).ys()}. */
  public static NStepOutput nStepRnn(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return nStepRnn(nLayers, dropoutRatio, hx, ws, bs, xs, "tanh");
  }

  /** Stacked RNNs, "tanh" or "relu": {@code F.nStepRnn(1, 0.0, hx, ws, bs, xs, "relu")}. */
  public static NStepOutput nStepRnn(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      String activation) {
    return NStepRnn.apply(nLayers, dropoutRatio, hx, ws, bs, xs, activation);
  }

  /** Stacked bidirectional RNNs: {@code F.nStepBiRnn(1, 0.0, hx, ws, bs, xs, "tanh")}. */
  public static NStepOutput nStepBiRnn(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      String activation) {
    return NStepBiRnn.apply(nLayers, dropoutRatio, hx, ws, bs, xs, activation);
  }
}
