package dl.optimizers;

import dl.api.Hyperparameter;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.Map;

/**
 * Vanilla stochastic gradient descent (Chainer's {@code optimizers.SGD}; Robbins and Monro, "A
 * Stochastic Approximation Method", Annals of Mathematical Statistics, 1951): {@code θ ← θ − lr·g}.
 *
 * <p>Hyperparameters (names as in Chainer):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01}, must be {@code >= 0}.
 * </ul>
 *
 * <pre>{@code
 * Optimizer opt = new SGD(0.1).setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class SGD extends GradientMethod {
  /** Chainer's default learning rate. */
  public static final double DEFAULT_LR = 0.01;

  /** Chainer's defaults (lr = {@value #DEFAULT_LR}). */
  public SGD() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public SGD(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new SGD(SGD.Options.builder().lr(0.1).build())}; values out
   * of range are rejected with their bound.
   */
  public SGD(Options options) {
    hyperparam()
        .set("lr", checkRange("lr", options.lr(), 0, true, Double.POSITIVE_INFINITY, false));
  }

  /**
   * SGD's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()} changes
   * some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * SGD opt = new SGD(SGD.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value SGD#DEFAULT_LR}
   */
  public record Options(double lr) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("SGD").real("lr", Options::lr, Builder::lr);

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
      return new Builder().lr(lr);
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

      private Builder() {}

      /** Chainer's {@code lr}. */
      public Builder lr(double v) {
        lr = v;
        return this;
      }

      public Options build() {
        return new Options(lr);
      }
    }
  }

  @Override
  public SGD setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The learning rate (rules that do not override it use this value). */
  public double lr() {
    return hyperparam().get("lr");
  }

  /** Changes the learning rate of every rule that does not override it. */
  public void setLr(double lr) {
    hyperparam().set("lr", checkRange("lr", lr, 0, true, Double.POSITIVE_INFINITY, false));
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** {@code θ ← θ − lr·g} in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void step(Parameter param) {
      NdArray p = param.array();
      p.backend().axpyInto(p, -hyperparam().get("lr"), param.grad());
    }
  }

  /** The provider behind {@code Engine.get().optimizer("SGD")}: hyperparameter {@code lr}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("SGD", h -> new SGD(Options.of(h)));
  }
}
