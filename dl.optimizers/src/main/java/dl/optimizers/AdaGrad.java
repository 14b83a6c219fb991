package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.Map;

/**
 * AdaGrad (Duchi, Hazan and Singer, "Adaptive Subgradient Methods for Online Learning and
 * Stochastic Optimization", JMLR 2011), as Chainer's {@code optimizers.AdaGrad}: {@code h ← h + g²;
 * θ ← θ − lr·g/(√h + eps)}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.001};
 *   <li>{@code eps} — added to √h, default {@code 1e-8}.
 * </ul>
 *
 * State per parameter: {@code h}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new AdaGrad(AdaGrad.Options.builder().lr(0.01).eps(1e-8).build()).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class AdaGrad extends GradientMethod {
  public static final double DEFAULT_LR = 0.001;
  public static final double DEFAULT_EPS = 1e-8;

  /** Chainer's defaults (lr = {@value #DEFAULT_LR}, eps = {@value #DEFAULT_EPS}). */
  public AdaGrad() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public AdaGrad(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new AdaGrad(AdaGrad.Options.builder().lr(0.1).build())};
   * values out of range are rejected with their bound.
   */
  public AdaGrad(Options options) {
    hyperparam().set("lr", nonNegative("lr", options.lr()));
    hyperparam().set("eps", nonNegative("eps", options.eps()));
  }

  /**
   * AdaGrad's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()}
   * changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * AdaGrad opt = new AdaGrad(AdaGrad.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value AdaGrad#DEFAULT_LR}
   * @param eps Chainer's {@code eps}, default {@value AdaGrad#DEFAULT_EPS}
   */
  public record Options(double lr, double eps) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("AdaGrad")
            .real("lr", Options::lr, Builder::lr)
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
      return new Builder().lr(lr).eps(eps);
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
      private double eps = DEFAULT_EPS;

      private Builder() {}

      /** Chainer's {@code lr}. */
      public Builder lr(double v) {
        lr = v;
        return this;
      }

      /** Chainer's {@code eps}. */
      public Builder eps(double v) {
        eps = v;
        return this;
      }

      public Options build() {
        return new Options(lr, eps);
      }
    }
  }

  @Override
  public AdaGrad setup(Link link) {
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

  /** One parameter's AdaGrad update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("h", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray h = state().get("h");
      NdArray g = param.grad();
      Ops.into(BinaryOp.ADD, h, Ops.square(g));
      NdArray denom = Ops.scalar(BinaryOp.ADD, Ops.sqrt(h), hp("eps"));
      Ops.axpy(param.array(), -hp("lr"), Ops.div(g, denom));
    }
  }

  /** The provider behind {@code Engine.get().optimizer("AdaGrad")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("AdaGrad", h -> new AdaGrad(Options.of(h)));
  }
}
