package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.spi.LinkProvider;

/**
 * Chainer's {@code L.GRU}: the stateful GRU ({@link StatefulGRU}) under its short name (Cho et al.,
 * 2014).
 *
 * <p>Hyperparameters: {@code in_size}, {@code out_size} (required); {@code init}, {@code
 * inner_init} — default LeCunNormal; {@code bias_init} — default {@code 0}.
 *
 * <pre>{@code
 * GRU gru = new GRU(10, 20);
 * Variable y = gru.call(x);
 * }</pre>
 */
public class GRU extends StatefulGRU {
  public GRU(int inSize, int outSize) {
    this(inSize, outSize, null, null, null);
  }

  public GRU(
      int inSize, int outSize, Initializer init, Initializer innerInit, Initializer biasInit) {
    super(inSize, outSize, init, innerInit, biasInit);
  }

  @Override
  protected Link newLike() {
    return new GRU(inSize, outSize, init, innerInit, biasInit);
  }

  /** The provider behind {@code Engine.get().link("GRU")}. */
  public static LinkProvider provider() {
    return LinkProvider.of("GRU", opts -> GruOptions.read("GRU", opts, 2));
  }
}
