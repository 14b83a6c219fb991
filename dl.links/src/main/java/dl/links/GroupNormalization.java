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
 * Group normalization (Chainer's {@code L.GroupNormalization}; Wu and He, "Group Normalization",
 * 2018): the channels of each sample are split into {@code groups}, each normalized over its
 * channels and spatial axes, then scaled by γ and shifted by β per channel.
 *
 * <p>Hyperparameters and defaults: {@code groups} — required, must divide the channels; {@code
 * size} — the channel count, lazy from {@code x.shape[1]} when absent; {@code eps} 1e-5; {@code
 * initialGamma} 1; {@code initialBeta} 0.
 *
 * <pre>{@code
 * GroupNormalization gn = new GroupNormalization(4, 16);   // 16 channels in 4 groups
 * }</pre>
 */
public class GroupNormalization extends Link {
  public final Parameter gamma;
  public final Parameter beta;

  private final int groups;
  private final Integer size;
  private final double eps;
  private final Initializer initialGamma;
  private final Initializer initialBeta;

  /** A lazily sized layer with {@code groups} groups. */
  public GroupNormalization(int groups) {
    this(groups, null, 1e-5, null, null);
  }

  public GroupNormalization(int groups, int size) {
    this(groups, size, 1e-5, null, null);
  }

  /** Every option; null size is lazy, null initializers take the defaults. */
  public GroupNormalization(
      int groups, Integer size, double eps, Initializer initialGamma, Initializer initialBeta) {
    if (groups < 1 || (size != null && (size < 1 || size % groups != 0)) || !(eps > 0)) {
      throw new IllegalArgumentException(
          "GroupNormalization: groups must be >= 1 and divide size, eps > 0; got groups "
              + groups
              + ", size "
              + size
              + ", eps "
              + eps);
    }
    this.groups = groups;
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
    return new GroupNormalization(groups, size, eps, initialGamma, initialBeta);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          "GroupNormalization " + path() + ": expected one input, got " + inputs.length);
    }
    Variable x = inputs[0];
    if (x.array() == null || x.ndim() < 2) {
      throw new InvalidTypeException(
          "GroupNormalization "
              + path()
              + ": the input needs a batch and a channel axis\nExpect: x.ndim >= 2\nActual: "
              + (x.array() == null ? "no data" : "shape " + Shapes.str(x.shape())));
    }
    if (!gamma.isInitialized()) {
      gamma.initialize(x.shape()[1]);
      beta.initialize(x.shape()[1]);
    }
    return F.groupNormalization(x, groups, gamma, beta, eps);
  }

  /**
   * The provider behind {@code Engine.get().link("GroupNormalization")}: options {@code groups},
   * {@code size}, {@code eps}, {@code initial_gamma}, {@code initial_beta}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "GroupNormalization",
        opts -> {
          Options o =
              Options.of(
                  "GroupNormalization",
                  opts,
                  "groups",
                  "size",
                  "eps",
                  "initial_gamma",
                  "initial_beta");
          return new GroupNormalization(
              o.requiredInt("groups"),
              o.optionalInt("size"),
              o.number("eps", 1e-5),
              o.initializer("initial_gamma"),
              o.initializer("initial_beta"));
        });
  }
}
