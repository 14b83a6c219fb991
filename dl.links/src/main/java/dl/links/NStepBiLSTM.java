package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.functions.rnn.NStepOutput;
import java.util.List;

/**
 * Stacked bidirectional LSTMs (Schuster and Paliwal, "Bidirectional Recurrent Neural Networks",
 * 1997; Hochreiter and Schmidhuber, 1997) over variable-length sequences (Chainer's {@code
 * L.NStepBiLSTM}, the link form of {@code F.n_step_bilstm}): see {@link NStepRNNBase} for the call,
 * the sorting and the parameter names ({@code /0/w0 ... /0/w7, /0/b0 ...}, 8 matrices per layer and
 * direction).
 *
 * <p>Hyperparameters and defaults: {@code nLayers}, {@code inSize}, {@code outSize}, {@code
 * dropout} — required; {@code initialW} — {@code Normal(√(1/in))} per matrix; {@code initialBias} —
 * 0.
 *
 * <pre>{@code
 * NStepBiLSTM rnn = new NStepBiLSTM(2, 8, 16, 0.1);
 * NStepOutput out = rnn.call(null, null, List.of(seqA, seqB));   // hy, cy, ys
 * }</pre>
 */
public class NStepBiLSTM extends NStepRNNBase {
  public NStepBiLSTM(int nLayers, int inSize, int outSize, double dropout) {
    this(nLayers, inSize, outSize, dropout, null, null);
  }

  /** Every option; null initializers take the defaults. */
  public NStepBiLSTM(
      int nLayers,
      int inSize,
      int outSize,
      double dropout,
      Initializer initialW,
      Initializer initialBias) {
    super(nLayers, inSize, outSize, dropout, initialW, initialBias, 8, true);
  }

  /**
   * Runs the layers on {@code xs} (any order); {@code hx}, {@code cx} of shape {@code (nLayers·2,
   * len(xs), outSize)} or null for zeros. Returns {@code (hy, cy, ys)}, {@code ys[i]} of shape
   * {@code (T_i, 2·outSize)}.
   */
  public NStepOutput call(Variable hx, Variable cx, List<Variable> xs) {
    return run(hx, cx, xs);
  }

  @Override
  boolean usesCell() {
    return true;
  }

  @Override
  NStepOutput rnn(Variable hx, Variable cx, Variable[][] ws, Variable[][] bs, Variable[] xs) {
    return F.nStepBiLstm(nLayers, dropout, hx, cx, ws, bs, xs);
  }

  @Override
  protected Link newLike() {
    return new NStepBiLSTM(nLayers, inSize, outSize, dropout, initialW, initialBias);
  }

  /**
   * The provider behind {@code Engine.get().link("NStepBiLSTM")}: options {@code n_layers}, {@code
   * in_size}, {@code out_size}, {@code dropout}, {@code initialW}, {@code initial_bias}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "NStepBiLSTM",
        opts -> {
          Options o =
              Options.of(
                  "NStepBiLSTM",
                  opts,
                  "n_layers",
                  "in_size",
                  "out_size",
                  "dropout",
                  "initialW",
                  "initial_bias");
          return new NStepBiLSTM(
              o.requiredInt("n_layers"),
              o.requiredInt("in_size"),
              o.requiredInt("out_size"),
              o.requiredNumber("dropout"),
              o.initializer("initialW"),
              o.initializer("initial_bias"));
        });
  }
}
