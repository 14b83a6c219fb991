package dl.functions.rnn;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * Stacked bidirectional LSTMs (Chainer's {@code n_step_bilstm}): as {@link NStepLstm} with a
 * forward and a backward cell per layer ({@code ws[2l]}, {@code ws[2l+1]}); layers after the first
 * take the concatenated {@code (B_t, 2N)} outputs, and {@code hx, cx} have {@code 2·n_layers} rows.
 *
 * <pre>{@code
 * NStepOutput out = NStepBiLstm.apply(1, 0.0, hx, cx, ws, bs, xs);  // or F.nStepBiLstm(...)
 * }</pre>
 */
public final class NStepBiLstm {
  private NStepBiLstm() {}

  /** Registered as {@code "n_step_bilstm"}: inputs {@code hx, cx, ws..., bs..., xs...}. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "n_step_bilstm",
        (o, in) ->
            NStep.fromProvider("n_step_bilstm", NStepLstm.CELL, o, in, true, true).toArray());
  }

  /** Runs the stacked bidirectional LSTM; returns {@code (hy, cy, ys)}. */
  public static NStepOutput apply(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStep.run(
        "n_step_bilstm", NStepLstm.CELL, nLayers, dropoutRatio, hx, cx, ws, bs, xs, true);
  }
}
