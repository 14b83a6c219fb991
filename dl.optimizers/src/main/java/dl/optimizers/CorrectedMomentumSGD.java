package dl.optimizers;

import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.Map;

/**
 * Momentum SGD with the learning rate applied after the velocity (Chainer's {@code
 * optimizers.CorrectedMomentumSGD}; Goyal et al., "Accurate, Large Minibatch SGD: Training ImageNet
 * in 1 Hour", 2017), so that changing {@code lr} does not rescale the accumulated velocity: {@code
 * v ← μ·v − g; θ ← θ + lr·v}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01};
 *   <li>{@code momentum} — μ, in {@code [0, 1]}, default {@code 0.9}.
 * </ul>
 *
 * State per parameter: {@code v}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new CorrectedMomentumSGD(0.1).setup(model);   // momentum 0.9
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class CorrectedMomentumSGD extends GradientMethod {
  public static final double DEFAULT_LR = 0.01;
  public static final double DEFAULT_MOMENTUM = 0.9;

  /** Chainer's defaults (lr = {@value #DEFAULT_LR}, momentum = {@value #DEFAULT_MOMENTUM}). */
  public CorrectedMomentumSGD() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public CorrectedMomentumSGD(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new
   * CorrectedMomentumSGD(CorrectedMomentumSGD.Options.builder().lr(0.1).build())}; values out of
   * range are rejected with their bound.
   */
  public CorrectedMomentumSGD(Options options) {
    hyperparam().set("lr", nonNegative("lr", options.lr()));
    hyperparam().set("momentum", check("momentum", options.momentum(), 0, 1, true));
  }

  /**
   * CorrectedMomentumSGD's hyperparameters, immutable, with Chainer's names and defaults; {@link
   * #builder()} changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * CorrectedMomentumSGD opt = new CorrectedMomentumSGD(CorrectedMomentumSGD.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value CorrectedMomentumSGD#DEFAULT_LR}
   * @param momentum Chainer's {@code momentum}, default {@value
   *     CorrectedMomentumSGD#DEFAULT_MOMENTUM}
   */
  public record Options(double lr, double momentum) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("CorrectedMomentumSGD")
            .real("lr", Options::lr, Builder::lr)
            .real("momentum", Options::momentum, Builder::momentum);

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
      return new Builder().lr(lr).momentum(momentum);
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
      private double momentum = DEFAULT_MOMENTUM;

      private Builder() {}

      /** Chainer's {@code lr}. */
      public Builder lr(double v) {
        lr = v;
        return this;
      }

      /** Chainer's {@code momentum}. */
      public Builder momentum(double v) {
        momentum = v;
        return this;
      }

      public Options build() {
        return new Options(lr, momentum);
      }
    }
  }

  @Override
  public CorrectedMomentumSGD setup(Link link) {
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

  /** {@code momentum}. */
  public double momentum() {
    return hyperparam().get("momentum");
  }

  /** Changes {@code momentum} for every rule that does not override it. */
  public void setMomentum(double momentum) {
    hyperparam().set("momentum", check("momentum", momentum, 0, 1, true));
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's CorrectedMomentumSGD update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("v", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray v = state().get("v");
      Ops.scale(v, hp("momentum"));
      Ops.axpy(v, -1, param.grad());
      Ops.axpy(param.array(), hp("lr"), v);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("CorrectedMomentumSGD")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "CorrectedMomentumSGD", h -> new CorrectedMomentumSGD(Options.of(h)));
  }
}
