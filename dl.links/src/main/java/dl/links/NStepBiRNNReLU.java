package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.functions.rnn.NStepOutput;
import java.util.List;

/**
 * Stacked bidirectional Elman RNNs with ReLU (Elman, 1990; Schuster and Paliwal, 1997) over
 * variable-length sequences (Chainer's {@code L.NStepBiRNNReLU}, the link form of {@code
 * F.n_step_birnn}): see {@link NStepRNNBase} for the call, the sorting and the parameter names
 * ({@code /0/w0 ... /0/w1, /0/b0 ...}, 2 matrices per layer and direction).
 *
 * <p>Hyperparameters and defaults: {@code nLayers}, {@code inSize}, {@code outSize}, {@code
 * dropout} — required; {@code initialW} — {@code Normal(√(1/in))} per matrix; {@code initialBias} —
 * 0.
 *
 * <pre>{@code
 * NStepBiRNNReLU rnn = new NStepBiRNNReLU(2, 8, 16, 0.1);
 * NStepOutput out = rnn.call(null, List.of(seqA, seqB));   // hy, ys
 * }</pre>
 */
public class NStepBiRNNReLU extends NStepRNNBase {
  public NStepBiRNNReLU(int nLayers, int inSize, int outSize, double dropout) {
    this(nLayers, inSize, outSize, dropout, null, null);
  }

  /** Every option; null initializers take the defaults. */
  public NStepBiRNNReLU(
      int nLayers,
      int inSize,
      int outSize,
      double dropout,
      Initializer initialW,
      Initializer initialBias) {
    super(nLayers, inSize, outSize, dropout, initialW, initialBias, 2, true);
  }

  /**
   * Runs the layers on {@code xs} (any order); {@code hx} of shape {@code (nLayers·2, len(xs),
   * outSize)} or null for zeros. Returns {@code (hy, null, ys)}, {@code ys[i]} of shape {@code
   * (T_i, 2·outSize)}.
   */
  public NStepOutput call(Variable hx, List<Variable> xs) {
    return run(hx, null, xs);
  }

  @Override
  NStepOutput rnn(Variable hx, Variable cx, Variable[][] ws, Variable[][] bs, Variable[] xs) {
    return F.nStepBiRnn(nLayers, dropout, hx, ws, bs, xs, "relu");
  }

  @Override
  protected Link newLike() {
    return new NStepBiRNNReLU(nLayers, inSize, outSize, dropout, initialW, initialBias);
  }

  /**
   * The provider behind {@code Engine.get().link("NStepBiRNNReLU")}: options {@code n_layers},
   * {@code in_size}, {@code out_size}, {@code dropout}, {@code initialW}, {@code initial_bias}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "NStepBiRNNReLU",
        opts -> {
          Options o =
              Options.of(
                  "NStepBiRNNReLU",
                  opts,
                  "n_layers",
                  "in_size",
                  "out_size",
                  "dropout",
                  "initialW",
                  "initial_bias");
          return new NStepBiRNNReLU(
              o.requiredInt("n_layers"),
              o.requiredInt("in_size"),
              o.requiredInt("out_size"),
              o.requiredNumber("dropout"),
              o.initializer("initialW"),
              o.initializer("initial_bias"));
        });
  }
}
