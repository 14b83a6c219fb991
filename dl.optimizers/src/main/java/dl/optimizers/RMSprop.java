package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.Map;

/**
 * RMSprop (Tieleman and Hinton, "Lecture 6.5 — RMSProp", COURSERA: Neural Networks for Machine
 * Learning, 2012), as Chainer's {@code optimizers.RMSprop}: {@code ms ← α·ms + (1−α)·g²; θ ← θ −
 * lr·g/(√ms + eps)}, or {@code θ ← θ − lr·g/√(ms + eps)} with {@code eps_inside_sqrt}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01};
 *   <li>{@code alpha} — decay α, in {@code [0, 1)}, default {@code 0.99};
 *   <li>{@code eps} — added to √ms, default {@code 1e-8};
 *   <li>{@code eps_inside_sqrt} — whether eps goes inside the square root, default {@code false} (0
 *       or 1 in the by-name provider's map).
 * </ul>
 *
 * State per parameter: {@code ms}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new RMSprop(RMSprop.Options.builder().epsInsideSqrt(true).build()).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class RMSprop extends GradientMethod {
  public static final double DEFAULT_LR = 0.01;
  public static final double DEFAULT_ALPHA = 0.99;
  public static final double DEFAULT_EPS = 1e-8;

  /**
   * Chainer's defaults (lr = {@value #DEFAULT_LR}, alpha = {@value #DEFAULT_ALPHA}, eps = {@value
   * #DEFAULT_EPS}, eps_inside_sqrt = false).
   */
  public RMSprop() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public RMSprop(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new RMSprop(RMSprop.Options.builder().lr(0.1).build())};
   * values out of range are rejected with their bound.
   */
  public RMSprop(Options options) {
    hyperparam().set("lr", nonNegative("lr", options.lr()));
    hyperparam().set("alpha", check("alpha", options.alpha(), 0, 1, false));
    hyperparam().set("eps", nonNegative("eps", options.eps()));
    hyperparam().set("eps_inside_sqrt", options.epsInsideSqrt() ? 1 : 0);
  }

  /**
   * RMSprop's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()}
   * changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * RMSprop opt = new RMSprop(RMSprop.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value RMSprop#DEFAULT_LR}
   * @param alpha Chainer's {@code alpha}, default {@value RMSprop#DEFAULT_ALPHA}
   * @param eps Chainer's {@code eps}, default {@value RMSprop#DEFAULT_EPS}
   * @param epsInsideSqrt Chainer's {@code eps_inside_sqrt}, default false
   */
  public record Options(double lr, double alpha, double eps, boolean epsInsideSqrt) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("RMSprop")
            .real("lr", Options::lr, Builder::lr)
            .real("alpha", Options::alpha, Builder::alpha)
            .real("eps", Options::eps, Builder::eps)
            .flag("eps_inside_sqrt", Options::epsInsideSqrt, Builder::epsInsideSqrt);

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
      return new Builder().lr(lr).alpha(alpha).eps(eps).epsInsideSqrt(epsInsideSqrt);
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
      private double eps = DEFAULT_EPS;
      private boolean epsInsideSqrt;

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

      /** Chainer's {@code eps}. */
      public Builder eps(double v) {
        eps = v;
        return this;
      }

      /** Chainer's {@code eps_inside_sqrt}. */
      public Builder epsInsideSqrt(boolean v) {
        epsInsideSqrt = v;
        return this;
      }

      public Options build() {
        return new Options(lr, alpha, eps, epsInsideSqrt);
      }
    }
  }

  @Override
  public RMSprop setup(Link link) {
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

  /** {@code eps}. */
  public double eps() {
    return hyperparam().get("eps");
  }

  /** Changes {@code eps} for every rule that does not override it. */
  public void setEps(double eps) {
    hyperparam().set("eps", nonNegative("eps", eps));
  }

  /** {@code eps_inside_sqrt}. */
  public boolean epsInsideSqrt() {
    return hyperparam().get("eps_inside_sqrt") != 0;
  }

  /** Changes {@code eps_inside_sqrt} for every rule that does not override it. */
  public void setEpsInsideSqrt(boolean epsInsideSqrt) {
    hyperparam().set("eps_inside_sqrt", epsInsideSqrt ? 1 : 0);
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's RMSprop update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("ms", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray ms = state().get("ms");
      NdArray g = param.grad();
      Ops.ema(ms, Ops.square(g), hp("alpha"));
      NdArray denom =
          hp("eps_inside_sqrt") != 0
              ? Ops.sqrt(Ops.scalar(BinaryOp.ADD, ms, hp("eps")))
              : Ops.scalar(BinaryOp.ADD, Ops.sqrt(ms), hp("eps"));
      Ops.axpy(param.array(), -hp("lr"), Ops.div(g, denom));
    }
  }

  /** The provider behind {@code Engine.get().optimizer("RMSprop")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("RMSprop", h -> new RMSprop(Options.of(h)));
  }
}
