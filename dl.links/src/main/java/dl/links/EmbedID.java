package dl.links;

import dl.api.Initializer;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.Normal;

/**
 * A word-embedding layer (Chainer's {@code L.EmbedID}; Bengio et al., "A Neural Probabilistic
 * Language Model", 2003): maps int32 ids of any shape to rows of {@code W (inSize, outSize)}.
 *
 * <p>Hyperparameters and defaults: {@code inSize} (vocabulary) and {@code outSize} — required;
 * {@code initialW} — {@code Normal(1.0)}; {@code ignoreLabel} — none (an id equal to it gives a
 * zero row and no gradient).
 *
 * <pre>{@code
 * EmbedID embed = new EmbedID(1000, 64);
 * Variable e = embed.call(ids);              // ids (B, T) int32 -> (B, T, 64)
 * }</pre>
 */
public class EmbedID extends Link {
  /** The embedding matrix {@code (inSize, outSize)}. */
  public final Parameter W;

  private final int inSize;
  private final int outSize;
  private final Initializer initialW;
  private final Integer ignoreLabel;

  public EmbedID(int inSize, int outSize) {
    this(inSize, outSize, null, null);
  }

  /** Every option; a null initializer is {@code Normal(1.0)}, a null label ignores none. */
  public EmbedID(int inSize, int outSize, Initializer initialW, Integer ignoreLabel) {
    if (inSize <= 0 || outSize <= 0) {
      throw new IllegalArgumentException(
          "EmbedID: in_size and out_size must be positive, got " + inSize + ", " + outSize);
    }
    this.inSize = inSize;
    this.outSize = outSize;
    this.initialW = initialW;
    this.ignoreLabel = ignoreLabel;
    W =
        addParam(
            "W", new Parameter(initialW == null ? new Normal(1.0) : initialW, inSize, outSize));
  }

  /** The label that gives zero vectors, or null. */
  public Integer ignoreLabel() {
    return ignoreLabel;
  }

  @Override
  protected Link newLike() {
    return new EmbedID(inSize, outSize, initialW, ignoreLabel);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          "EmbedID " + path() + ": expected one input, got " + inputs.length);
    }
    if (inputs[0].array() == null || inputs[0].dtype().isFloating()) {
      throw new InvalidTypeException(
          "EmbedID "
              + path()
              + ": ids must be integers\nExpect: x.dtype == int32\nActual: "
              + (inputs[0].array() == null ? "no data" : "x.dtype == " + inputs[0].dtype()));
    }
    return F.embedId(inputs[0], W, ignoreLabel);
  }

  /**
   * The provider behind {@code Engine.get().link("EmbedID")}: options {@code in_size}, {@code
   * out_size}, {@code initialW}, {@code ignore_label}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "EmbedID",
        opts -> {
          Options o =
              Options.of("EmbedID", opts, "in_size", "out_size", "initialW", "ignore_label");
          return new EmbedID(
              o.requiredInt("in_size"),
              o.requiredInt("out_size"),
              o.initializer("initialW"),
              o.optionalInt("ignore_label"));
        });
  }
}
