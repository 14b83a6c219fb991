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
 * M-SVAG (Balles and Hennig, "Dissecting Adam: The Sign, Magnitude and Variance of Stochastic
 * Gradients", ICML 2018), as Chainer's {@code optimizers.MSVAG}: {@code m, v} are moving averages
 * of {@code g, g²} with β; with {@code β_t = β^t}, {@code m̂ = m/(1−β_t)}, {@code v̂ = v/(1−β_t)},
 * {@code ρ = min((1−β)²(1−β_t²)/((1−β_t)²(1−β²)), 0.9999)}, {@code s = (v̂ − m̂²)/(1 − ρ)}, {@code
 * factor = clip(m̂²/(m̂² + ρ·s), 0, 1)} (NaN becomes 0), and {@code θ ← θ − eta·(lr·m̂·factor +
 * weight_decay_rate·θ)}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 0.1};
 *   <li>{@code beta} — decay β, in {@code [0, 1)}, default {@code 0.9};
 *   <li>{@code eta} — schedule multiplier, default {@code 1.0};
 *   <li>{@code weight_decay_rate} — decoupled weight decay, default {@code 0}.
 * </ul>
 *
 * State per parameter: {@code m}, {@code v}, on the parameter's device, created on its first
 * update.
 *
 * <pre>{@code
 * Optimizer opt = new MSVAG().setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class MSVAG extends GradientMethod {
  public static final double DEFAULT_LR = 0.1;
  public static final double DEFAULT_BETA = 0.9;
  public static final double DEFAULT_ETA = 1.0;
  public static final double DEFAULT_WEIGHT_DECAY_RATE = 0;

  /**
   * Chainer's defaults (lr = {@value #DEFAULT_LR}, beta = {@value #DEFAULT_BETA}, eta = {@value
   * #DEFAULT_ETA}, weight_decay_rate = {@value #DEFAULT_WEIGHT_DECAY_RATE}).
   */
  public MSVAG() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public MSVAG(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new MSVAG(MSVAG.Options.builder().lr(0.1).build())}; values
   * out of range are rejected with their bound.
   */
  public MSVAG(Options options) {
    hyperparam().set("lr", nonNegative("lr", options.lr()));
    hyperparam().set("beta", check("beta", options.beta(), 0, 1, false));
    hyperparam().set("eta", nonNegative("eta", options.eta()));
    hyperparam()
        .set("weight_decay_rate", nonNegative("weight_decay_rate", options.weightDecayRate()));
  }

  /**
   * MSVAG's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()}
   * changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * MSVAG opt = new MSVAG(MSVAG.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value MSVAG#DEFAULT_LR}
   * @param beta Chainer's {@code beta}, default {@value MSVAG#DEFAULT_BETA}
   * @param eta Chainer's {@code eta}, default {@value MSVAG#DEFAULT_ETA}
   * @param weightDecayRate Chainer's {@code weight_decay_rate}, default {@value
   *     MSVAG#DEFAULT_WEIGHT_DECAY_RATE}
   */
  public record Options(double lr, double beta, double eta, double weightDecayRate) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("MSVAG")
            .real("lr", Options::lr, Builder::lr)
            .real("beta", Options::beta, Builder::beta)
            .real("eta", Options::eta, Builder::eta)
            .real("weight_decay_rate", Options::weightDecayRate, Builder::weightDecayRate);

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
      return new Builder().lr(lr).beta(beta).eta(eta).weightDecayRate(weightDecayRate);
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
      private double beta = DEFAULT_BETA;
      private double eta = DEFAULT_ETA;
      private double weightDecayRate = DEFAULT_WEIGHT_DECAY_RATE;

      private Builder() {}

      /** Chainer's {@code lr}. */
      public Builder lr(double v) {
        lr = v;
        return this;
      }

      /** Chainer's {@code beta}. */
      public Builder beta(double v) {
        beta = v;
        return this;
      }

      /** Chainer's {@code eta}. */
      public Builder eta(double v) {
        eta = v;
        return this;
      }

      /** Chainer's {@code weight_decay_rate}. */
      public Builder weightDecayRate(double v) {
        weightDecayRate = v;
        return this;
      }

      public Options build() {
        return new Options(lr, beta, eta, weightDecayRate);
      }
    }
  }

  @Override
  public MSVAG setup(Link link) {
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

  /** {@code beta}. */
  public double beta() {
    return hyperparam().get("beta");
  }

  /** Changes {@code beta} for every rule that does not override it. */
  public void setBeta(double beta) {
    hyperparam().set("beta", check("beta", beta, 0, 1, false));
  }

  /** {@code eta}. */
  public double eta() {
    return hyperparam().get("eta");
  }

  /** Changes {@code eta} for every rule that does not override it. */
  public void setEta(double eta) {
    hyperparam().set("eta", nonNegative("eta", eta));
  }

  /** {@code weight_decay_rate}. */
  public double weightDecayRate() {
    return hyperparam().get("weight_decay_rate");
  }

  /** Changes {@code weight_decay_rate} for every rule that does not override it. */
  public void setWeightDecayRate(double weightDecayRate) {
    hyperparam().set("weight_decay_rate", nonNegative("weight_decay_rate", weightDecayRate));
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's MSVAG update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("m", Ops.zerosLike(param.array()));
      putState("v", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray m = state().get("m");
      NdArray v = state().get("v");
      NdArray p = param.array();
      NdArray g = param.grad();
      Backend b = p.backend();
      double beta = hp("beta");
      Ops.ema(m, g, beta);
      Ops.ema(v, Ops.square(g), beta);
      double bt = Math.pow(beta, t());
      NdArray mt = Ops.scalar(BinaryOp.DIV, m, 1 - bt);
      NdArray vt = Ops.scalar(BinaryOp.DIV, v, 1 - bt);
      double rho =
          Math.min(
              (1 - beta) * (1 - beta) * (1 - bt * bt) / ((1 - bt) * (1 - bt) * (1 - beta * beta)),
              0.9999);
      NdArray mt2 = Ops.square(mt);
      NdArray s = Ops.scalar(BinaryOp.DIV, b.binary(BinaryOp.SUB, vt, mt2), 1 - rho);
      NdArray factor = Ops.div(mt2, b.binary(BinaryOp.ADD, mt2, Ops.scalar(BinaryOp.MUL, s, rho)));
      // NaN (0/0 where m̂ = 0 and s = 0) becomes 0, as Chainer's nan_to_num.
      NdArray isNan = b.binary(BinaryOp.NE, factor, factor);
      factor = b.where(isNan, Ops.zerosLike(factor), factor);
      factor = Ops.scalar(BinaryOp.MINIMUM, Ops.scalar(BinaryOp.MAXIMUM, factor, 0), 1);
      NdArray delta = Ops.scalar(BinaryOp.MUL, Ops.mul(mt, factor), hp("lr"));
      double wd = hp("weight_decay_rate");
      if (wd != 0) {
        Ops.axpy(delta, wd, p);
      }
      Ops.axpy(p, -hp("eta"), delta);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("MSVAG")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("MSVAG", h -> new MSVAG(Options.of(h)));
  }
}
