package dl.functions.rnn;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;

/**
 * Stacked bidirectional Elman RNNs (Chainer's {@code n_step_birnn}): {@link NStepRnn}'s cell
 * forward and backward per layer, outputs concatenated to {@code (B_t, 2N)}.
 *
 * <pre>{@code
 * NStepOutput out = NStepBiRnn.apply(1, 0.0, hx, ws, bs, xs, "tanh");  // or F.nStepBiRnn(...)
 * }</pre>
 */
public final class NStepBiRnn {
  private NStepBiRnn() {}

  /** Registered as {@code "n_step_birnn"}; option {@code activation} ("tanh" or "relu"). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "n_step_birnn",
        (o, in) -> {
          NStep.Cell c = NStepRnn.cell(Opts.string(o, "activation", "tanh"));
          return NStep.fromProvider("n_step_birnn", c, o, in, false, true).toArray();
        });
  }

  /** Runs the stacked bidirectional RNN; returns {@code (hy, null, ys)}. */
  public static NStepOutput apply(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      String activation) {
    return NStep.run(
        "n_step_birnn",
        NStepRnn.cell(activation),
        nLayers,
        dropoutRatio,
        hx,
        null,
        ws,
        bs,
        xs,
        true);
  }
}
