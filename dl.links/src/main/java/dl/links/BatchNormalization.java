package dl.links;

import dl.api.Backend;
import dl.api.Config;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.One;
import dl.links.initializers.Zero;

/**
 * Batch normalization (Chainer's {@code L.BatchNormalization}; Ioffe and Szegedy, "Batch
 * Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift", 2015).
 * In training ({@link Config#train()}) it normalizes with the batch statistics and updates the
 * running ones, {@code avg = decay·avg + (1−decay)·stat}, the variance with the unbiased factor
 * {@code m/(m−1)}; with {@code finetune} the decay is {@code 1 − 1/N} after counting the call in
 * {@code N}, a cumulative average. In test mode it uses {@code F.fixedBatchNormalization} with the
 * running statistics.
 *
 * <p>Hyperparameters and defaults: {@code size} — the parameter shape, lazy from the input when
 * absent ({@code x.shape[1]}, or the non-reduced axes with {@code axis}); {@code decay} 0.9; {@code
 * eps} 2e-5; {@code useGamma} true (γ starts at 1); {@code useBeta} true (β at 0); {@code axis} —
 * the reduced axes, default {@code (0, size.ndim + 1, ..., x.ndim − 1)}; {@code initialAvgMean} 0;
 * {@code initialAvgVar} 1. Persistent values: {@code avg_mean}, {@code avg_var}, {@code N} (0).
 *
 * <pre>{@code
 * BatchNormalization bn = new BatchNormalization(16);
 * Variable y = bn.call(h);                    // training: batch statistics
 * try (Scope s = Config.using(Config.Key.TRAIN, false)) { y = bn.call(h); }   // running ones
 * }</pre>
 */
public class BatchNormalization extends Link {
  /** The scale γ, or null without {@code useGamma}. */
  public final Parameter gamma;

  /** The shift β, or null without {@code useBeta}. */
  public final Parameter beta;

  final Builder spec;
  private final DType dtype;

  /** A layer over {@code size} channels. */
  public BatchNormalization(int size) {
    this(builder().size(size));
  }

  /** A lazily sized layer. */
  public BatchNormalization() {
    this(builder());
  }

  protected BatchNormalization(Builder o) {
    spec = o.copy();
    dtype = Config.dtype();
    gamma = o.useGamma ? addParam("gamma", new Parameter(or(o.initialGamma, new One()))) : null;
    beta = o.useBeta ? addParam("beta", new Parameter(or(o.initialBeta, new Zero()))) : null;
    addPersistent("avg_mean", null);
    addPersistent("avg_var", null);
    addPersistent("N", NdArrays.scalar(0, DType.INT32));
    if (o.size != null) {
      initialize(o.size);
    }
  }

  private static Initializer or(Initializer a, Initializer def) {
    return a == null ? def : a;
  }

  private void initialize(int[] shape) {
    Backend be = device() == null ? NdArrays.backend() : device().backend();
    setPersistent(
        "avg_mean",
        spec.initialAvgMean == null
            ? be.full(shape, 0, dtype)
            : spec.initialAvgMean.generate(shape, dtype, be));
    setPersistent(
        "avg_var",
        spec.initialAvgVar == null
            ? be.full(shape, 1, dtype)
            : spec.initialAvgVar.generate(shape, dtype, be));
    if (gamma != null) {
      gamma.initialize(shape);
    }
    if (beta != null) {
      beta.initialize(shape);
    }
  }

  /** A builder with Chainer's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected Link newLike() {
    return new BatchNormalization(spec);
  }

  /** The running mean (null until the first call when lazy). */
  public NdArray avgMean() {
    return persistent("avg_mean");
  }

  /** The running variance (null until the first call when lazy). */
  public NdArray avgVar() {
    return persistent("avg_var");
  }

  /** The number of finetune calls counted. */
  public int n() {
    return (int) persistent("N").toDoubleArray()[0];
  }

  /** Chainer's {@code reset_state}: restarts the finetune count. */
  public void resetState() {
    setPersistent("N", NdArrays.scalar(0, DType.INT32).toDevice(persistent("N").device()));
  }

  @Override
  protected Variable forward(Variable... inputs) {
    return call(inputs, false);
  }

  /** Runs the layer; {@code finetune} accumulates the running statistics as a cumulative mean. */
  public Variable call(Variable x, boolean finetune) {
    return call(new Variable[] {x}, finetune);
  }

  private Variable call(Variable[] inputs, boolean finetune) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + " " + path() + ": expected one input, got " + inputs.length);
    }
    Variable x = inputs[0];
    if (avgMean() == null) {
      int[] shape;
      if (spec.axis == null) {
        shape = new int[] {x.shape()[1]};
      } else {
        shape = dl.api.Shapes.reduced(x.shape(), spec.axis, false);
      }
      initialize(shape);
    }
    int[] axes = axes(x.ndim());
    NdArray mean = avgMean();
    Variable g =
        gamma != null
            ? gamma
            : Variable.constant(mean.backend().full(mean.shape(), 1, mean.dtype()));
    Variable b =
        beta != null ? beta : Variable.constant(mean.backend().full(mean.shape(), 0, mean.dtype()));
    if (!Config.train()) {
      return F.fixedBatchNormalization(
          x, g, b, Variable.constant(mean), Variable.constant(avgVar()), spec.eps, axes);
    }
    double decay = spec.decay;
    if (finetune) {
      NdArray n = persistent("N");
      int next = n() + 1;
      setPersistent("N", NdArrays.scalar(next, DType.INT32).toDevice(n.device()));
      decay = 1.0 - 1.0 / next;
    }
    return normalizeTraining(x, g, b, decay, axes);
  }

  /** Training-mode normalization; updates the running statistics in place. */
  protected Variable normalizeTraining(
      Variable x, Variable g, Variable b, double decay, int[] axes) {
    return new dl.functions.normalization.BatchNormalization(
            spec.eps, axes, avgMean(), avgVar(), decay)
        .applyOne(x, g, b);
  }

  /** The reduced axes: given, or {@code (0, p + 1, ..., ndim − 1)} for parameters of p axes. */
  int[] axes(int ndim) {
    if (spec.axis != null) {
      return spec.axis.clone();
    }
    int p = avgMean().ndim();
    int[] a = new int[Math.max(1, ndim - p)];
    for (int i = 0; i < a.length; i++) {
      a[i] = i == 0 ? 0 : p + i;
    }
    return a;
  }

  /**
   * The provider behind {@code Engine.get().link("BatchNormalization")}: options {@code size},
   * {@code decay}, {@code eps}, {@code use_gamma}, {@code use_beta}, {@code initial_gamma}, {@code
   * initial_beta}, {@code axis}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "BatchNormalization",
        opts -> {
          Options o =
              Options.of(
                  "BatchNormalization",
                  opts,
                  "size",
                  "decay",
                  "eps",
                  "use_gamma",
                  "use_beta",
                  "initial_gamma",
                  "initial_beta",
                  "axis",
                  "initial_avg_mean",
                  "initial_avg_var");
          Builder b =
              builder()
                  .decay(o.number("decay", 0.9))
                  .eps(o.number("eps", 2e-5))
                  .useGamma(o.bool("use_gamma", true))
                  .useBeta(o.bool("use_beta", true))
                  .initialGamma(o.initializer("initial_gamma"))
                  .initialBeta(o.initializer("initial_beta"))
                  .initialAvgMean(o.initializer("initial_avg_mean"))
                  .initialAvgVar(o.initializer("initial_avg_var"));
          if (o.shape("size") != null) {
            b.size(o.shape("size"));
          }
          if (o.shape("axis") != null) {
            b.axis(o.shape("axis"));
          }
          return b.build();
        });
  }

  /** Options of a {@link BatchNormalization} layer. */
  public static final class Builder {
    int[] size;
    int[] axis;
    double decay = 0.9;
    double eps = 2e-5;
    boolean useGamma = true;
    boolean useBeta = true;
    Initializer initialGamma;
    Initializer initialBeta;
    Initializer initialAvgMean;
    Initializer initialAvgVar;

    private Builder() {}

    /** The parameter shape (usually the channel count); lazy when absent. */
    public Builder size(int... s) {
      for (int v : s) {
        if (v <= 0) {
          throw new IllegalArgumentException(
              "BatchNormalization: size must be positive, got " + java.util.Arrays.toString(s));
        }
      }
      size = s.clone();
      return this;
    }

    /** The reduced axes. */
    public Builder axis(int... a) {
      for (int v : a) {
        if (v < 0) {
          throw new IllegalArgumentException(
              "BatchNormalization: axes must be >= 0, got " + java.util.Arrays.toString(a));
        }
      }
      axis = a.clone();
      return this;
    }

    public Builder decay(double d) {
      if (!(d >= 0 && d <= 1)) {
        throw new IllegalArgumentException("BatchNormalization: decay must be in [0, 1], got " + d);
      }
      decay = d;
      return this;
    }

    public Builder eps(double e) {
      if (!(e > 0)) {
        throw new IllegalArgumentException("BatchNormalization: eps must be positive, got " + e);
      }
      eps = e;
      return this;
    }

    public Builder useGamma(boolean on) {
      useGamma = on;
      return this;
    }

    public Builder useBeta(boolean on) {
      useBeta = on;
      return this;
    }

    public Builder initialGamma(Initializer init) {
      initialGamma = init;
      return this;
    }

    public Builder initialBeta(Initializer init) {
      initialBeta = init;
      return this;
    }

    /** The initial running mean (default 0). */
    public Builder initialAvgMean(Initializer init) {
      initialAvgMean = init;
      return this;
    }

    /** The initial running variance (default 1). */
    public Builder initialAvgVar(Initializer init) {
      initialAvgVar = init;
      return this;
    }

    Builder copy() {
      Builder b = new Builder();
      b.initialAvgMean = initialAvgMean;
      b.initialAvgVar = initialAvgVar;
      b.size = size == null ? null : size.clone();
      b.axis = axis == null ? null : axis.clone();
      b.decay = decay;
      b.eps = eps;
      b.useGamma = useGamma;
      b.useBeta = useBeta;
      b.initialGamma = initialGamma;
      b.initialBeta = initialBeta;
      return b;
    }

    public BatchNormalization build() {
      return new BatchNormalization(this);
    }
  }
}
