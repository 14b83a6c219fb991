package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;

/**
 * Gated recurrent unit without state (Chainer's {@code L.StatelessGRU}; Cho et al., "On the
 * Properties of Neural Machine Translation: Encoder-Decoder Approaches", 2014): {@code call(h, x)}
 * returns {@code h' = z·h̄ + (1 − z)·h} with Chainer's gates (see {@link GruBase}).
 *
 * <p>Hyperparameters: {@code in_size}, {@code out_size} (required); {@code init} (W_*), {@code
 * inner_init} (U_*) — default LeCunNormal; {@code bias_init} — default {@code 0}.
 *
 * <pre>{@code
 * StatelessGRU gru = new StatelessGRU(10, 20);
 * Variable h1 = gru.call(h0, x);
 * }</pre>
 */
public class StatelessGRU extends GruBase {
  public StatelessGRU(int inSize, int outSize) {
    this(inSize, outSize, null, null, null);
  }

  /** Every option; null initializers take Chainer's defaults. */
  public StatelessGRU(
      int inSize, int outSize, Initializer init, Initializer innerInit, Initializer biasInit) {
    super(inSize, outSize, init, innerInit, biasInit);
  }

  @Override
  protected Link newLike() {
    return new StatelessGRU(inSize, outSize, init, innerInit, biasInit);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 2) {
      throw new IllegalArgumentException(
          "StatelessGRU " + path() + ": expected (h, x), got " + inputs.length + " inputs");
    }
    return gru(inputs[0], inputs[1]);
  }

  /** The provider behind {@code Engine.get().link("StatelessGRU")}. */
  public static LinkProvider provider() {
    return LinkProvider.of("StatelessGRU", opts -> GruOptions.read("StatelessGRU", opts, 0));
  }
}
