package dl.links;

import dl.api.Chain;
import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;

/**
 * Maxout layer (Chainer's {@code L.Maxout}; Goodfellow et al., "Maxout Networks", ICML 2013): a
 * linear map to {@code outSize · poolSize} features, reshaped to {@code (n, outSize, poolSize)} and
 * maximised over the last axis (Chainer's F.maxout order).
 *
 * <p>Hyperparameters: {@code in_size}, {@code out_size}, {@code pool_size} (required); {@code
 * initialW} — default LeCunNormal on the {@code (outSize·poolSize, inSize)} weight; {@code
 * initial_bias} — default {@code 0}. Child: {@code linear}.
 *
 * <pre>{@code
 * Maxout m = new Maxout(4, 3, 2);
 * Variable y = m.call(x);   // (n, 4) -> (n, 3)
 * }</pre>
 */
public class Maxout extends Chain {
  public final Linear linear;

  private final int inSize;
  private final int outSize;
  private final int poolSize;
  private final Initializer initialW;
  private final Initializer initialBias;

  public Maxout(int inSize, int outSize, int poolSize) {
    this(inSize, outSize, poolSize, null, null);
  }

  /** With initializers (null: LeCunNormal weight, zero bias). */
  public Maxout(
      int inSize, int outSize, int poolSize, Initializer initialW, Initializer initialBias) {
    if (inSize <= 0 || outSize <= 0 || poolSize <= 0) {
      throw new IllegalArgumentException(
          "Maxout: sizes must be positive, got in_size="
              + inSize
              + ", out_size="
              + outSize
              + ", pool_size="
              + poolSize);
    }
    this.inSize = inSize;
    this.outSize = outSize;
    this.poolSize = poolSize;
    this.initialW = initialW;
    this.initialBias = initialBias;
    Linear.Builder b = Linear.builder(outSize * poolSize).inSize(inSize);
    if (initialW != null) {
      b.initialW(initialW);
    }
    if (initialBias != null) {
      b.initialBias(initialBias);
    }
    linear = addLink("linear", b.build());
  }

  @Override
  protected Link newLike() {
    return new Maxout(inSize, outSize, poolSize, initialW, initialBias);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable y = linear.call(inputs);
    return F.max(F.reshape(y, y.shape()[0], outSize, poolSize), 2);
  }

  /**
   * The provider behind {@code Engine.get().link("Maxout")}: {@code in_size, out_size, pool_size,
   * initialW, initial_bias}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Maxout",
        opts -> {
          Options o =
              Options.of(
                  "Maxout", opts, "in_size", "out_size", "pool_size", "initialW", "initial_bias");
          return new Maxout(
              o.requiredInt("in_size"),
              o.requiredInt("out_size"),
              o.requiredInt("pool_size"),
              o.initializer("initialW"),
              o.initializer("initial_bias"));
        });
  }
}
