package dl.optimizers;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.Map;

/**
 * Stochastic gradient descent with classical momentum (Chainer's {@code optimizers.MomentumSGD};
 * Polyak, "Some methods of speeding up the convergence of iteration methods", 1964): {@code v ← μ·v
 * − lr·g; θ ← θ + v}, with the velocity {@code v} starting at zero.
 *
 * <p>Hyperparameters (names as in Chainer):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.01}, must be {@code >= 0};
 *   <li>{@code momentum} — μ, default {@code 0.9}, must be in {@code [0, 1]}.
 * </ul>
 *
 * State per parameter: {@code v}, on the parameter's device, created on its first update.
 *
 * <pre>{@code
 * Optimizer opt = new MomentumSGD(MomentumSGD.Options.builder().lr(0.05).momentum(0.8).build())
 *     .setup(model);
 * }</pre>
 */
public class MomentumSGD extends GradientMethod {
  public static final double DEFAULT_LR = 0.01;
  public static final double DEFAULT_MOMENTUM = 0.9;

  /** Chainer's defaults (lr = {@value #DEFAULT_LR}, momentum = {@value #DEFAULT_MOMENTUM}). */
  public MomentumSGD() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public MomentumSGD(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new
   * MomentumSGD(MomentumSGD.Options.builder().lr(0.1).build())}; values out of range are rejected
   * with their bound.
   */
  public MomentumSGD(Options options) {
    hyperparam()
        .set("lr", checkRange("lr", options.lr(), 0, true, Double.POSITIVE_INFINITY, false));
    hyperparam().set("momentum", checkRange("momentum", options.momentum(), 0, true, 1, true));
  }

  /**
   * MomentumSGD's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()}
   * changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * MomentumSGD opt = new MomentumSGD(MomentumSGD.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value MomentumSGD#DEFAULT_LR}
   * @param momentum Chainer's {@code momentum}, default {@value MomentumSGD#DEFAULT_MOMENTUM}
   */
  public record Options(double lr, double momentum) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("MomentumSGD")
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
  public MomentumSGD setup(Link link) {
    super.setup(link);
    return this;
  }

  public double lr() {
    return hyperparam().get("lr");
  }

  /** Changes the learning rate of every rule that does not override it. */
  public void setLr(double lr) {
    hyperparam().set("lr", checkRange("lr", lr, 0, true, Double.POSITIVE_INFINITY, false));
  }

  public double momentum() {
    return hyperparam().get("momentum");
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** {@code v ← μ·v − lr·g; θ ← θ + v} in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("v", param.array().backend().zeros(param.shape(), param.dtype()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray p = param.array();
      NdArray v = state().get("v");
      Backend b = p.backend();
      b.binaryInto(BinaryOp.MUL, v, b.full(new int[0], hyperparam().get("momentum"), v.dtype()));
      b.axpyInto(v, -hyperparam().get("lr"), param.grad());
      b.binaryInto(BinaryOp.ADD, p, v);
    }
  }

  /**
   * The provider behind {@code Engine.get().optimizer("MomentumSGD")}: hyperparameters {@code lr}
   * and {@code momentum}.
   */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("MomentumSGD", h -> new MomentumSGD(Options.of(h)));
  }
}
