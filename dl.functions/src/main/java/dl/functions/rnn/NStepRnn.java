package dl.functions.rnn;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Stacked Elman RNNs (Chainer's {@code n_step_rnn}): {@code h' = act(W0·x + b0 + W1·h + b1)} with
 * {@code act} {@code "tanh"} (default) or {@code "relu"}, over time-major, variable-length inputs.
 *
 * <pre>{@code
 * NStepOutput out = NStepRnn.apply(1, 0.0, hx, ws, bs, xs, "relu");  // or F.nStepRnn(...)
 * }</pre>
 */
public final class NStepRnn {
  private NStepRnn() {}

  static NStep.Cell cell(String activation) {
    if (!activation.equals("tanh") && !activation.equals("relu")) {
      throw new IllegalArgumentException(
          "n_step_rnn: activation must be \"tanh\" or \"relu\", got \"" + activation + "\"");
    }
    boolean relu = activation.equals("relu");
    return new NStep.Cell() {
      @Override
      public int weights() {
        return 2;
      }

      @Override
      public Variable[] prepare(Variable[] w, Variable[] b) {
        return new Variable[] {w[0], b[0], w[1], b[1]};
      }

      @Override
      public Variable[] step(Variable x, Variable h, Variable c, Variable[] p) {
        Variable a = F.add(F.linear(x, p[0], p[1]), F.linear(h, p[2], p[3]));
        return new Variable[] {relu ? F.relu(a) : F.tanh(a), null};
      }
    };
  }

  /**
   * Registered as {@code "n_step_rnn"}: inputs {@code hx, ws..., bs..., xs...}; option {@code
   * activation} ({@code "tanh"} or {@code "relu"}).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "n_step_rnn",
        (o, in) -> {
          NStep.Cell c = cell(Opts.string(o, "activation", "tanh"));
          return NStep.fromProvider("n_step_rnn", c, o, in, false, false).toArray();
        });
  }

  /** Runs the stacked RNN; returns {@code (hy, null, ys)}. */
  public static NStepOutput apply(
      int nLayers,
      double dropoutRatio,
      Variable hx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      String activation) {
    return NStep.run(
        "n_step_rnn", cell(activation), nLayers, dropoutRatio, hx, null, ws, bs, xs, false);
  }
}
