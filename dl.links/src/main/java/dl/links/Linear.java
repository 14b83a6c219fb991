package dl.links;

import dl.api.Initializer;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.Parameter;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.Constant;
import dl.links.initializers.LeCunNormal;
import dl.links.initializers.Zero;

/**
 * A fully-connected layer (Chainer's {@code links.Linear}): {@code y = x·Wᵀ + b} with weight {@code
 * W} of shape {@code (outSize, inSize)} and bias {@code b} of shape {@code (outSize)}. An input
 * with more than two axes is flattened to {@code (batch, prod(shape[1:]))}; with Chainer's {@code
 * n_batch_axes} ({@link Builder#nBatchAxes} or {@link #call(Variable, int)}) the first {@code
 * n_batch_axes} axes are batch axes, kept in the output, and the rest are the features.
 *
 * <p>Without an input size the weight is initialised lazily on the first forward, with {@code
 * inSize = prod(x.shape[1:])}; an optimizer may be set up before that.
 *
 * <p>Hyperparameters and defaults:
 *
 * <ul>
 *   <li>{@code inSize} — optional, lazy when absent;
 *   <li>{@code outSize} — required;
 *   <li>{@code nobias} — {@code false};
 *   <li>{@code initialW} — {@link LeCunNormal} (scale 1: σ = √(1/inSize));
 *   <li>{@code initialBias} — {@code 0};
 *   <li>{@code nBatchAxes} — {@code 1} (Chainer's {@code n_batch_axes} of the call).
 * </ul>
 *
 * <pre>{@code
 * Linear l1 = new Linear(784, 100);
 * Linear lazy = new Linear(10);                        // W becomes (10, inSize) on first call
 * Linear l2 = Linear.builder(10).nobias().initialW(new HeNormal()).build();
 * Variable y = l1.call(x);
 * Variable z = new Linear(8).call(sequences, 2);     // (B, T, F) -> (B, T, 8)
 * }</pre>
 */
public class Linear extends Link {
  /** The weight, {@code (outSize, inSize)}; uninitialised until the first forward when lazy. */
  public final Parameter W;

  /** The bias, {@code (outSize)}, or null with {@code nobias}. */
  public final Parameter b;

  private final int outSize;
  private final Builder spec;
  private int nBatchAxes;

  /** A lazily initialised layer with {@code outSize} outputs. */
  public Linear(int outSize) {
    this(builder(outSize));
  }

  /** A layer from {@code inSize} to {@code outSize} features. */
  public Linear(int inSize, int outSize) {
    this(builder(outSize).inSize(inSize));
  }

  /** A layer from {@code inSize} to {@code outSize} features, with or without bias. */
  public Linear(int inSize, int outSize, boolean nobias) {
    this(builder(outSize).inSize(inSize).nobias(nobias));
  }

  protected Linear(Builder o) {
    if (o.outSize <= 0) {
      throw new IllegalArgumentException("Linear: outSize must be positive, got " + o.outSize);
    }
    if (o.inSize != null && o.inSize <= 0) {
      throw new IllegalArgumentException("Linear: inSize must be positive, got " + o.inSize);
    }
    if (o.nBatchAxes < 1) {
      throw new IllegalArgumentException("Linear: n_batch_axes must be >= 1, got " + o.nBatchAxes);
    }
    this.outSize = o.outSize;
    this.nBatchAxes = o.nBatchAxes;
    this.spec = o.copy();
    Initializer wInit = o.initialW == null ? new LeCunNormal() : o.initialW;
    W =
        addParam(
            "W",
            o.inSize == null ? new Parameter(wInit) : new Parameter(wInit, o.outSize, o.inSize));
    if (o.nobias) {
      b = null;
    } else {
      Initializer bInit = o.initialBias == null ? new Zero() : o.initialBias;
      b = addParam("b", new Parameter(bInit, o.outSize));
    }
  }

  @Override
  protected Link newLike() {
    return new Linear(spec);
  }

  /** A builder for a layer with {@code outSize} outputs. */
  public static Builder builder(int outSize) {
    return new Builder(outSize);
  }

  /** Number of output features. */
  public int outSize() {
    return outSize;
  }

  /** Number of input features, or -1 while the weight is not initialised. */
  public int inSize() {
    return W.isInitialized() ? W.shape()[1] : -1;
  }

  /**
   * Chainer's {@code Linear.__call__(x, n_batch_axes)}: the first {@code nBatchAxes} axes of {@code
   * x} are batch axes (kept in the output), the rest are flattened into the features; link hooks
   * run as for {@link #call(Variable...)}.
   */
  public Variable call(Variable x, int nBatchAxes) {
    int saved = this.nBatchAxes;
    if (nBatchAxes < 1) {
      throw new IllegalArgumentException(
          "Linear " + path() + ": n_batch_axes must be >= 1, got " + nBatchAxes);
    }
    this.nBatchAxes = nBatchAxes;
    try {
      return call(x);
    } finally {
      this.nBatchAxes = saved;
    }
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          "Linear " + path() + ": expected one" + " input, got " + inputs.length);
    }
    Variable x = inputs[0];
    int axes = nBatchAxes;
    if (x.array() == null || x.ndim() < axes + 1) {
      throw new InvalidTypeException(
          "Linear "
              + path()
              + ": the input must have "
              + axes
              + " batch axis(es) and a feature axis\nExpect: x.ndim >= "
              + (axes + 1)
              + "\nActual: "
              + (x.array() == null ? "no data" : "shape " + Shapes.str(x.shape())));
    }
    int[] s = x.shape();
    int n = 1;
    for (int i = axes; i < s.length; i++) {
      n *= s[i];
    }
    if (!W.isInitialized()) {
      W.initialize(outSize, n);
    } else if (W.shape()[1] != n) {
      throw new InvalidTypeException(
          "Linear "
              + path()
              + ": input size mismatch"
              + "\nExpect: in_size == "
              + W.shape()[1]
              + " (W shape "
              + Shapes.str(W.shape())
              + ")"
              + "\nActual: in_size == "
              + n
              + " (x shape "
              + Shapes.str(s)
              + (axes == 1 ? "" : ", n_batch_axes " + axes)
              + ")");
    }
    if (axes == 1 && s.length > 2) {
      x = x.reshape(s[0], n);
    }
    return F.linear(x, W, b, axes);
  }

  @Override
  public String toString() {
    return "Linear(in_size="
        + (W.isInitialized() ? Integer.toString(inSize()) : "None")
        + ", out_size="
        + outSize
        + ", nobias="
        + (b == null)
        + ")"
        + (name() == null ? "" : " " + name());
  }

  /** Options of a {@link Linear} layer. */
  public static final class Builder {
    private final int outSize;
    private Integer inSize;
    private boolean nobias;
    private Initializer initialW;
    private Initializer initialBias;
    private int nBatchAxes = 1;

    private Builder(int outSize) {
      this.outSize = outSize;
    }

    /** The input size (the weight is then initialised at construction). */
    public Builder inSize(int n) {
      inSize = n;
      return this;
    }

    /** No bias term. */
    public Builder nobias() {
      return nobias(true);
    }

    public Builder nobias(boolean on) {
      nobias = on;
      return this;
    }

    /** The weight initializer (default {@link LeCunNormal}). */
    public Builder initialW(Initializer init) {
      initialW = init;
      return this;
    }

    /** A constant weight. */
    public Builder initialW(double value) {
      initialW = new Constant(value);
      return this;
    }

    /**
     * A weight copied from an array of shape {@code (outSize, inSize)} (or broadcastable to it).
     */
    public Builder initialW(dl.api.NdArray value) {
      initialW = new Constant(value);
      return this;
    }

    /** Chainer's {@code n_batch_axes} for every call (default 1). */
    public Builder nBatchAxes(int n) {
      nBatchAxes = n;
      return this;
    }

    /** The bias initializer (default zero). */
    public Builder initialBias(Initializer init) {
      initialBias = init;
      return this;
    }

    /** A constant bias. */
    public Builder initialBias(double value) {
      initialBias = new Constant(value);
      return this;
    }

    /** A bias copied from an array of shape {@code (outSize)}. */
    public Builder initialBias(dl.api.NdArray value) {
      initialBias = new Constant(value);
      return this;
    }

    Builder copy() {
      Builder b = new Builder(outSize);
      b.inSize = inSize;
      b.nobias = nobias;
      b.initialW = initialW;
      b.initialBias = initialBias;
      b.nBatchAxes = nBatchAxes;
      return b;
    }

    public Linear build() {
      return new Linear(this);
    }
  }

  /**
   * The provider behind {@code Engine.get().link("Linear")}. Options (Chainer's or camel-case
   * spelling): {@code outSize} (required), {@code inSize}, {@code nobias}, {@code initialW}, {@code
   * initialBias} (an Initializer, a number or an array).
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Linear",
        opts -> {
          Options o =
              Options.of(
                  "Linear",
                  opts,
                  "in_size",
                  "out_size",
                  "nobias",
                  "initialW",
                  "initial_bias",
                  "n_batch_axes");
          Builder bld =
              builder(o.requiredInt("out_size"))
                  .nobias(o.bool("nobias", false))
                  .initialW(o.initializer("initialW"))
                  .initialBias(o.initializer("initial_bias"))
                  .nBatchAxes(
                      o.optionalInt("n_batch_axes") == null ? 1 : o.optionalInt("n_batch_axes"));
          Integer in = o.optionalInt("in_size");
          if (in != null) {
            bld.inSize(in);
          }
          return bld.build();
        });
  }
}
