package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;

/**
 * Gated recurrent unit with state (Chainer's {@code L.StatefulGRU}; Cho et al., 2014): each call
 * maps {@code x} to the new {@code h} and keeps it until {@link #resetState}. Without state the
 * first step is {@code h' = z·h̄} with {@code z = σ(W_z x)}, {@code h̄ = tanh(W x)} (Chainer's
 * convention); afterwards as {@link StatelessGRU}.
 *
 * <p>Hyperparameters: {@code in_size}, {@code out_size} (required); {@code init}, {@code
 * inner_init} — default LeCunNormal; {@code bias_init} — default {@code 0}.
 *
 * <pre>{@code
 * StatefulGRU gru = new StatefulGRU(10, 20);
 * for (Variable x : sequence) { y = gru.call(x); }
 * gru.resetState();
 * }</pre>
 */
public class StatefulGRU extends GruBase {
  private Variable h;

  public StatefulGRU(int inSize, int outSize) {
    this(inSize, outSize, null, null, null);
  }

  /** Every option; null initializers take Chainer's defaults. */
  public StatefulGRU(
      int inSize, int outSize, Initializer init, Initializer innerInit, Initializer biasInit) {
    super(inSize, outSize, init, innerInit, biasInit);
  }

  @Override
  protected Link newLike() {
    return new StatefulGRU(inSize, outSize, init, innerInit, biasInit);
  }

  public void resetState() {
    h = null;
  }

  public void setState(Variable h) {
    this.h = h;
  }

  public Variable h() {
    return h;
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + " " + path() + ": expected one input, got " + inputs.length);
    }
    Variable x = inputs[0];
    h = h == null ? F.mul(F.sigmoid(W_z.call(x)), F.tanh(W.call(x))) : gru(h, x);
    return h;
  }

  /** The provider behind {@code Engine.get().link("StatefulGRU")}. */
  public static LinkProvider provider() {
    return LinkProvider.of("StatefulGRU", opts -> GruOptions.read("StatefulGRU", opts, 1));
  }
}
