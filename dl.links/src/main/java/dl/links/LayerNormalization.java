package dl.links;

import dl.api.Initializer;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.Parameter;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.One;
import dl.links.initializers.Zero;

/**
 * Layer normalization (Chainer's {@code L.LayerNormalization}; Ba, Kiros and Hinton, "Layer
 * Normalization", 2016): each row of a 2-d input {@code (batch, size)} is normalized over its
 * features, then scaled by γ and shifted by β.
 *
 * <p>Hyperparameters and defaults: {@code size} — lazy from {@code x.shape[1]} when absent; {@code
 * eps} 1e-6 (the link's default; the function's is 1e-5); {@code initialGamma} 1; {@code
 * initialBeta} 0.
 *
 * <pre>{@code
 * LayerNormalization ln = new LayerNormalization(64);
 * }</pre>
 */
public class LayerNormalization extends Link {
  public final Parameter gamma;
  public final Parameter beta;

  private final Integer size;
  private final double eps;
  private final Initializer initialGamma;
  private final Initializer initialBeta;

  /** A lazily sized layer. */
  public LayerNormalization() {
    this(null, 1e-6, null, null);
  }

  public LayerNormalization(int size) {
    this(size, 1e-6, null, null);
  }

  /** Every option; null size is lazy, null initializers take the defaults. */
  public LayerNormalization(
      Integer size, double eps, Initializer initialGamma, Initializer initialBeta) {
    if ((size != null && size < 1) || !(eps > 0)) {
      throw new IllegalArgumentException(
          "LayerNormalization: size must be positive and eps > 0, got " + size + ", " + eps);
    }
    this.size = size;
    this.eps = eps;
    this.initialGamma = initialGamma;
    this.initialBeta = initialBeta;
    gamma = addParam("gamma", new Parameter(initialGamma == null ? new One() : initialGamma));
    beta = addParam("beta", new Parameter(initialBeta == null ? new Zero() : initialBeta));
    if (size != null) {
      gamma.initialize(size);
      beta.initialize(size);
    }
  }

  @Override
  protected Link newLike() {
    return new LayerNormalization(size, eps, initialGamma, initialBeta);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          "LayerNormalization " + path() + ": expected one input, got " + inputs.length);
    }
    Variable x = inputs[0];
    if (x.array() == null || x.ndim() != 2) {
      throw new InvalidTypeException(
          "LayerNormalization "
              + path()
              + ": the input must be (batch, size)\nExpect: x.ndim == 2\nActual: "
              + (x.array() == null ? "no data" : "shape " + Shapes.str(x.shape())));
    }
    if (!gamma.isInitialized()) {
      gamma.initialize(x.shape()[1]);
      beta.initialize(x.shape()[1]);
    }
    return F.layerNormalization(x, gamma, beta, eps);
  }

  /**
   * The provider behind {@code Engine.get().link("LayerNormalization")}: options {@code size},
   * {@code eps}, {@code initial_gamma}, {@code initial_beta}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "LayerNormalization",
        opts -> {
          Options o =
              Options.of(
                  "LayerNormalization", opts, "size", "eps", "initial_gamma", "initial_beta");
          return new LayerNormalization(
              o.optionalInt("size"),
              o.number("eps", 1e-6),
              o.initializer("initial_gamma"),
              o.initializer("initial_beta"));
        });
  }
}
