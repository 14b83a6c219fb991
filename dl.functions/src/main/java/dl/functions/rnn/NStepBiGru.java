package dl.functions.rnn;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * Stacked bidirectional GRUs (Chainer's {@code n_step_bigru}): {@link NStepGru}'s cell forward and
 * backward per layer ({@code ws[2l]}, {@code ws[2l+1]}), outputs concatenated to {@code (B_t, 2N)}.
 *
 * <pre>{@code
 * NStepOutput out = NStepBiGru.apply(1, 0.0, hx, ws, bs, xs);  // or F.nStepBiGru(...)
 * }</pre>
 */
public final class NStepBiGru {
  private NStepBiGru() {}

  /** Registered as {@code "n_step_bigru"}: inputs {@code hx, ws..., bs..., xs...}. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "n_step_bigru",
        (o, in) -> NStep.fromProvider("n_step_bigru", NStepGru.CELL, o, in, false, true).toArray());
  }

  /** Runs the stacked bidirectional GRU; returns {@code (hy, null, ys)}. */
  public static NStepOutput apply(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs) {
    return NStep.run(
        "n_step_bigru", NStepGru.CELL, nLayers, dropoutRatio, hx, null, ws, bs, xs, true);
  }
}
