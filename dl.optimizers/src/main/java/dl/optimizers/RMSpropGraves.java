package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.Map;

/**
 * Graves' RMSprop with momentum (Graves, "Generating Sequences With Recurrent Neural Networks",
 * 2013), as Chainer's {@code optimizers.RMSpropGraves}, eps inside the square root: {@code n ← α·n
 * + (1−α)·g²; ḡ ← α·ḡ + (1−α)·g; δ ← μ·δ − lr·g/√(n − ḡ² + eps); θ ← θ + δ}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 1e-4};
 *   <li>{@code alpha} — decay α, in {@code [0, 1)}, default {@code 0.95};
 *   <li>{@code momentum} — μ, in {@code [0, 1]}, default {@code 0.9};
 *   <li>{@code eps} — added inside the square root, default {@code 1e-4}.
 * </ul>
 *
 * State per parameter: {@code n}, {@code g}, {@code delta}, on the parameter's device, created on
 * its first update.
 *
 * <pre>{@code
 * Optimizer opt = new RMSpropGraves().setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class RMSpropGraves extends GradientMethod {
  public static final double DEFAULT_LR = 1e-4;
  public static final double DEFAULT_ALPHA = 0.95;
  public static final double DEFAULT_MOMENTUM = 0.9;
  public static final double DEFAULT_EPS = 1e-4;

  /**
   * Chainer's defaults (lr = {@value #DEFAULT_LR}, alpha = {@value #DEFAULT_ALPHA}, momentum =
   * {@value #DEFAULT_MOMENTUM}, eps = {@value #DEFAULT_EPS}).
   */
  public RMSpropGraves() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public RMSpropGraves(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new
   * RMSpropGraves(RMSpropGraves.Options.builder().lr(0.1).build())}; values out of range are
   * rejected with their bound.
   */
  public RMSpropGraves(Options options) {
    hyperparam().set("lr", nonNegative("lr", options.lr()));
    hyperparam().set("alpha", check("alpha", options.alpha(), 0, 1, false));
    hyperparam().set("momentum", check("momentum", options.momentum(), 0, 1, true));
    hyperparam().set("eps", nonNegative("eps", options.eps()));
  }

  /**
   * RMSpropGraves's hyperparameters, immutable, with Chainer's names and defaults; {@link
   * #builder()} changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * RMSpropGraves opt = new RMSpropGraves(RMSpropGraves.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value RMSpropGraves#DEFAULT_LR}
   * @param alpha Chainer's {@code alpha}, default {@value RMSpropGraves#DEFAULT_ALPHA}
   * @param momentum Chainer's {@code momentum}, default {@value RMSpropGraves#DEFAULT_MOMENTUM}
   * @param eps Chainer's {@code eps}, default {@value RMSpropGraves#DEFAULT_EPS}
   */
  public record Options(double lr, double alpha, double momentum, double eps) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("RMSpropGraves")
            .real("lr", Options::lr, Builder::lr)
            .real("alpha", Options::alpha, Builder::alpha)
            .real("momentum", Options::momentum, Builder::momentum)
            .real("eps", Options::eps, Builder::eps);

    /** Chainer's defaults. */
    public static Options defaults() {
      return new Builder().build();
    }

    /** A builder that starts from Chainer's defaults. */
    public static Builder builder() {
      return new Builder();
    }

    /** A builder that starts from these values. */
    public Builder toBuilder() {
      return new Builder().lr(lr).alpha(alpha).momentum(momentum).eps(eps);
    }

    /** The values by Chainer's names, as the by-name provider takes them (flags as 0 or 1). */
    public Map<String, Double> asMap() {
      return FIELDS.asMap(this);
    }

    /** The options a provider's map names, the others at their defaults. */
    static Options of(Map<String, Double> given) {
      return FIELDS.read(given, builder(), defaults()).build();
    }

    /** Builds {@link Options}; every field starts at Chainer's default. */
    public static final class Builder {
      private double lr = DEFAULT_LR;
      private double alpha = DEFAULT_ALPHA;
      private double momentum = DEFAULT_MOMENTUM;
      private double eps = DEFAULT_EPS;

      private Builder() {}

      /** Chainer's {@code lr}. */
      public Builder lr(double v) {
        lr = v;
        return this;
      }

      /** Chainer's {@code alpha}. */
      public Builder alpha(double v) {
        alpha = v;
        return this;
      }

      /** Chainer's {@code momentum}. */
      public Builder momentum(double v) {
        momentum = v;
        return this;
      }

      /** Chainer's {@code eps}. */
      public Builder eps(double v) {
        eps = v;
        return this;
      }

      public Options build() {
        return new Options(lr, alpha, momentum, eps);
      }
    }
  }

  @Override
  public RMSpropGraves setup(Link link) {
    super.setup(link);
    return this;
  }

  /** {@code lr}. */
  public double lr() {
    return hyperparam().get("lr");
  }

  /** Changes {@code lr} for every rule that does not override it. */
  public void setLr(double lr) {
    hyperparam().set("lr", nonNegative("lr", lr));
  }

  /** {@code alpha}. */
  public double alpha() {
    return hyperparam().get("alpha");
  }

  /** Changes {@code alpha} for every rule that does not override it. */
  public void setAlpha(double alpha) {
    hyperparam().set("alpha", check("alpha", alpha, 0, 1, false));
  }

  /** {@code momentum}. */
  public double momentum() {
    return hyperparam().get("momentum");
  }

  /** Changes {@code momentum} for every rule that does not override it. */
  public void setMomentum(double momentum) {
    hyperparam().set("momentum", check("momentum", momentum, 0, 1, true));
  }

  /** {@code eps}. */
  public double eps() {
    return hyperparam().get("eps");
  }

  /** Changes {@code eps} for every rule that does not override it. */
  public void setEps(double eps) {
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's RMSpropGraves update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("n", Ops.zerosLike(param.array()));
      putState("g", Ops.zerosLike(param.array()));
      putState("delta", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray n = state().get("n");
      NdArray gbar = state().get("g");
      NdArray delta = state().get("delta");
      NdArray g = param.grad();
      double a = hp("alpha");
      Ops.ema(n, Ops.square(g), a);
      Ops.ema(gbar, g, a);
      NdArray var = g.backend().binary(BinaryOp.SUB, n, Ops.square(gbar));
      NdArray denom = Ops.sqrt(Ops.scalar(BinaryOp.ADD, var, hp("eps")));
      Ops.scale(delta, hp("momentum"));
      Ops.axpy(delta, -hp("lr"), Ops.div(g, denom));
      Ops.into(BinaryOp.ADD, param.array(), delta);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("RMSpropGraves")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("RMSpropGraves", h -> new RMSpropGraves(Options.of(h)));
  }
}
