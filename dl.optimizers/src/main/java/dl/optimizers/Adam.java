package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015), as Chainer's
 * {@code optimizers.Adam}, with the decoupled weight decay of AdamW (Loshchilov and Hutter,
 * "Decoupled Weight Decay Regularization", ICLR 2019) through {@code weight_decay_rate}:
 *
 * <pre>
 *   m ← m + (1 − β1)(g − m)
 *   v ← v + (1 − β2)(g² − v)
 *   lr_t = alpha · √(1 − β2^t) / (1 − β1^t)
 *   v̂ ← max(v̂, v) if amsgrad, else v
 *   step = lr_t / (√v̂ + eps), clipped to [lower_t, upper_t] if adabound
 *   θ ← θ − eta · (step · m + weight_decay_rate · θ)
 * </pre>
 *
 * <p>With {@code adabound} (Luo et al., "Adaptive Gradient Methods with Dynamic Bound of Learning
 * Rate", ICLR 2019) {@code lower_t = f·(1 − 1/(gamma·t + 1))} and {@code upper_t = f·(1 +
 * 1/(gamma·t))} with {@code f = final_lr · alpha / alpha₀}, {@code alpha₀} being alpha at the
 * rule's first update; {@code amsgrad} is Reddi et al., "On the Convergence of Adam and Beyond",
 * ICLR 2018.
 *
 * <p>where {@code t} counts the updates of the parameter's rule. As in Chainer, eps is added to √v
 * before the bias correction is applied through {@code lr_t}. One step runs as the backend's fused
 * {@link dl.api.Backend#adamUpdate} kernel.
 *
 * <p>Hyperparameters (names as in Chainer):
 *
 * <ul>
 *   <li>{@code alpha} — step size, default {@code 1e-3}, {@code >= 0};
 *   <li>{@code beta1} — decay of the first moment, default {@code 0.9}, in {@code [0, 1)};
 *   <li>{@code beta2} — decay of the second moment, default {@code 0.999}, in {@code [0, 1)};
 *   <li>{@code eps} — added to √v, default {@code 1e-8}, {@code >= 0};
 *   <li>{@code eta} — schedule multiplier, default {@code 1.0}, {@code >= 0};
 *   <li>{@code weight_decay_rate} — decoupled weight decay, default {@code 0}, {@code >= 0};
 *   <li>{@code amsgrad} — use v̂ = max(v̂, v), default {@code false};
 *   <li>{@code adabound} — clip the step, default {@code false};
 *   <li>{@code final_lr} — AdaBound's final step, default {@code 0.1}, {@code >= 0};
 *   <li>{@code gamma} — AdaBound's bound convergence speed, default {@code 1e-3}, {@code > 0}.
 * </ul>
 *
 * State per parameter: {@code m}, {@code v} (and {@code vhat} with amsgrad), on the parameter's
 * device, created on its first update.
 *
 * <pre>{@code
 * Adam adam = new Adam().setup(model);
 * adam.update(() -> model.call(x, t));
 * double lr = adam.lr();   // alpha with the bias correction of step t
 * }</pre>
 */
public class Adam extends GradientMethod {
  public static final double DEFAULT_ALPHA = 1e-3;
  public static final double DEFAULT_BETA1 = 0.9;
  public static final double DEFAULT_BETA2 = 0.999;
  public static final double DEFAULT_EPS = 1e-8;
  public static final double DEFAULT_ETA = 1.0;
  public static final double DEFAULT_WEIGHT_DECAY_RATE = 0;
  public static final double DEFAULT_FINAL_LR = 0.1;
  public static final double DEFAULT_GAMMA = 1e-3;

  /**
   * Chainer's defaults (alpha = {@value #DEFAULT_ALPHA}, beta1 = {@value #DEFAULT_BETA1}, beta2 =
   * {@value #DEFAULT_BETA2}, eps = {@value #DEFAULT_EPS}, eta = {@value #DEFAULT_ETA},
   * weight_decay_rate = {@value #DEFAULT_WEIGHT_DECAY_RATE}, amsgrad = false, adabound = false,
   * final_lr = {@value #DEFAULT_FINAL_LR}, gamma = {@value #DEFAULT_GAMMA}).
   */
  public Adam() {
    this(Options.defaults());
  }

  /** The given step size with the other hyperparameters at Chainer's defaults. */
  public Adam(double alpha) {
    this(Options.builder().alpha(alpha).build());
  }

  /**
   * The given hyperparameters: {@code new Adam(Adam.Options.builder().alpha(0.1).build())}; values
   * out of range are rejected with their bound.
   */
  public Adam(Options options) {
    hyperparam().set("amsgrad", options.amsgrad() ? 1 : 0);
    hyperparam().set("adabound", options.adabound() ? 1 : 0);
    hyperparam().set("final_lr", nonNegative("final_lr", options.finalLr()));
    hyperparam()
        .set(
            "gamma",
            checkRange("gamma", options.gamma(), 0, false, Double.POSITIVE_INFINITY, false));
    double inf = Double.POSITIVE_INFINITY;
    hyperparam().set("alpha", checkRange("alpha", options.alpha(), 0, true, inf, false));
    hyperparam().set("beta1", checkRange("beta1", options.beta1(), 0, true, 1, false));
    hyperparam().set("beta2", checkRange("beta2", options.beta2(), 0, true, 1, false));
    hyperparam().set("eps", checkRange("eps", options.eps(), 0, true, inf, false));
    hyperparam().set("eta", checkRange("eta", options.eta(), 0, true, inf, false));
    hyperparam()
        .set(
            "weight_decay_rate",
            checkRange("weight_decay_rate", options.weightDecayRate(), 0, true, inf, false));
  }

  /**
   * Adam's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()}
   * changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * Adam opt = new Adam(Adam.Options.builder().alpha(0.1).build());
   * }</pre>
   *
   * @param alpha Chainer's {@code alpha}, default {@value Adam#DEFAULT_ALPHA}
   * @param beta1 Chainer's {@code beta1}, default {@value Adam#DEFAULT_BETA1}
   * @param beta2 Chainer's {@code beta2}, default {@value Adam#DEFAULT_BETA2}
   * @param eps Chainer's {@code eps}, default {@value Adam#DEFAULT_EPS}
   * @param eta Chainer's {@code eta}, default {@value Adam#DEFAULT_ETA}
   * @param weightDecayRate Chainer's {@code weight_decay_rate}, default {@value
   *     Adam#DEFAULT_WEIGHT_DECAY_RATE}
   * @param amsgrad Chainer's {@code amsgrad}, default false
   * @param adabound Chainer's {@code adabound}, default false
   * @param finalLr Chainer's {@code final_lr}, default {@value Adam#DEFAULT_FINAL_LR}
   * @param gamma Chainer's {@code gamma}, default {@value Adam#DEFAULT_GAMMA}
   */
  public record Options(
      double alpha,
      double beta1,
      double beta2,
      double eps,
      double eta,
      double weightDecayRate,
      boolean amsgrad,
      boolean adabound,
      double finalLr,
      double gamma) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("Adam")
            .real("alpha", Options::alpha, Builder::alpha)
            .real("beta1", Options::beta1, Builder::beta1)
            .real("beta2", Options::beta2, Builder::beta2)
            .real("eps", Options::eps, Builder::eps)
            .real("eta", Options::eta, Builder::eta)
            .real("weight_decay_rate", Options::weightDecayRate, Builder::weightDecayRate)
            .flag("amsgrad", Options::amsgrad, Builder::amsgrad)
            .flag("adabound", Options::adabound, Builder::adabound)
            .real("final_lr", Options::finalLr, Builder::finalLr)
            .real("gamma", Options::gamma, Builder::gamma);

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
      return new Builder()
          .alpha(alpha)
          .beta1(beta1)
          .beta2(beta2)
          .eps(eps)
          .eta(eta)
          .weightDecayRate(weightDecayRate)
          .amsgrad(amsgrad)
          .adabound(adabound)
          .finalLr(finalLr)
          .gamma(gamma);
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
      private double alpha = DEFAULT_ALPHA;
      private double beta1 = DEFAULT_BETA1;
      private double beta2 = DEFAULT_BETA2;
      private double eps = DEFAULT_EPS;
      private double eta = DEFAULT_ETA;
      private double weightDecayRate = DEFAULT_WEIGHT_DECAY_RATE;
      private boolean amsgrad;
      private boolean adabound;
      private double finalLr = DEFAULT_FINAL_LR;
      private double gamma = DEFAULT_GAMMA;

      private Builder() {}

      /** Chainer's {@code alpha}. */
      public Builder alpha(double v) {
        alpha = v;
        return this;
      }

      /** Chainer's {@code beta1}. */
      public Builder beta1(double v) {
        beta1 = v;
        return this;
      }

      /** Chainer's {@code beta2}. */
      public Builder beta2(double v) {
        beta2 = v;
        return this;
      }

      /** Chainer's {@code eps}. */
      public Builder eps(double v) {
        eps = v;
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

      /** Chainer's {@code amsgrad}. */
      public Builder amsgrad(boolean v) {
        amsgrad = v;
        return this;
      }

      /** Chainer's {@code adabound}. */
      public Builder adabound(boolean v) {
        adabound = v;
        return this;
      }

      /** Chainer's {@code final_lr}. */
      public Builder finalLr(double v) {
        finalLr = v;
        return this;
      }

      /** Chainer's {@code gamma}. */
      public Builder gamma(double v) {
        gamma = v;
        return this;
      }

      public Options build() {
        return new Options(
            alpha, beta1, beta2, eps, eta, weightDecayRate, amsgrad, adabound, finalLr, gamma);
      }
    }
  }

  /**
   * The options of an Adam variant ({@code who}): hyperparameters it does not have ({@code names}
   * lists those it has) must stay at their defaults, its own flags are switched on.
   */
  static Options variant(
      String who, Options o, boolean amsgrad, boolean adabound, List<String> names) {
    Map<String, Double> given = o.asMap();
    Map<String, Double> dflt = Options.defaults().asMap();
    for (Map.Entry<String, Double> e : given.entrySet()) {
      String k = e.getKey();
      boolean own = k.equals("amsgrad") ? amsgrad : k.equals("adabound") ? adabound : false;
      if (!own && !names.contains(k) && !e.getValue().equals(dflt.get(k))) {
        throw new IllegalArgumentException(
            who + ": " + k + " is not a hyperparameter of " + who + " (it has " + names + ")");
      }
    }
    return o.toBuilder().amsgrad(amsgrad).adabound(adabound).build();
  }

  /** The provider of an Adam variant, reading exactly the variant's {@code names}. */
  static OptimizerProvider variantProvider(
      String who, Function<Options, Adam> make, List<String> names) {
    Fields<Options, Options.Builder> fields =
        Options.FIELDS.only(who, names.toArray(new String[0]));
    return OptimizerProvider.of(
        who, h -> make.apply(fields.read(h, Options.builder(), Options.defaults()).build()));
  }

  @Override
  public Adam setup(Link link) {
    super.setup(link);
    return this;
  }

  public double alpha() {
    return hyperparam().get("alpha");
  }

  /** Changes alpha for every rule that does not override it. */
  public void setAlpha(double alpha) {
    hyperparam().set("alpha", checkRange("alpha", alpha, 0, true, Double.POSITIVE_INFINITY, false));
  }

  public double beta1() {
    return hyperparam().get("beta1");
  }

  public double beta2() {
    return hyperparam().get("beta2");
  }

  public double eps() {
    return hyperparam().get("eps");
  }

  public double eta() {
    return hyperparam().get("eta");
  }

  /** Changes eta (the schedule multiplier) for every rule that does not override it. */
  public void setEta(double eta) {
    hyperparam().set("eta", checkRange("eta", eta, 0, true, Double.POSITIVE_INFINITY, false));
  }

  public boolean amsgrad() {
    return hyperparam().get("amsgrad") != 0;
  }

  public boolean adabound() {
    return hyperparam().get("adabound") != 0;
  }

  public double finalLr() {
    return hyperparam().get("final_lr");
  }

  public double gamma() {
    return hyperparam().get("gamma");
  }

  public double weightDecayRate() {
    return hyperparam().get("weight_decay_rate");
  }

  /**
   * The effective learning rate at the optimizer's step {@code t} (Chainer's {@code Adam.lr}):
   * {@code alpha·√(1−β2^t)/(1−β1^t)}. Undefined before the first update.
   */
  public double lr() {
    return learningRate(hyperparam(), t(), "Adam");
  }

  static double learningRate(Hyperparameter hp, int t, String who) {
    if (t <= 0) {
      throw new IllegalStateException(
          who
              + ": the learning rate is not defined before the"
              + " first update (t = "
              + t
              + "); call update() first");
    }
    double fix1 = 1 - Math.pow(hp.get("beta1"), t);
    double fix2 = 1 - Math.pow(hp.get("beta2"), t);
    return hp.get("alpha") * Math.sqrt(fix2) / fix1;
  }

  @Override
  protected GradientRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's Adam update; the fused backend kernel when neither variant is on. */
  public static final class Rule extends GradientRule {
    private double initialAlpha = Double.NaN;

    public Rule(Hyperparameter parent) {
      super(parent);
    }

    /** The bias-corrected step size at this rule's step {@code t}. */
    public double lr() {
      return learningRate(hyperparam(), t(), "Adam rule");
    }

    @Override
    protected void initState(Parameter param) {
      NdArray p = param.array();
      putState("m", Ops.zerosLike(p));
      putState("v", Ops.zerosLike(p));
      if (hp("amsgrad") != 0) {
        putState("vhat", Ops.zerosLike(p));
      }
      initialAlpha = hp("alpha");
    }

    @Override
    protected void step(Parameter param) {
      NdArray p = param.array();
      NdArray g = param.grad();
      NdArray m = state().get("m");
      NdArray v = state().get("v");
      boolean ams = hp("amsgrad") != 0;
      boolean bound = hp("adabound") != 0;
      if (!ams && !bound) {
        p.backend()
            .adamUpdate(
                p,
                g,
                m,
                v,
                lr(),
                hp("beta1"),
                hp("beta2"),
                hp("eps"),
                hp("eta"),
                hp("weight_decay_rate"));
        return;
      }
      Ops.ema(m, g, hp("beta1"));
      Ops.ema(v, Ops.square(g), hp("beta2"));
      NdArray vhat = v;
      if (ams) {
        vhat = state().get("vhat");
        if (vhat == null) { // resumed from a state saved without amsgrad
          vhat = p.backend().copy(v);
          putState("vhat", vhat);
        }
        Ops.into(BinaryOp.MAXIMUM, vhat, v);
      }
      NdArray step = Ops.scalar(BinaryOp.ADD, Ops.sqrt(vhat), hp("eps"));
      step = p.backend().binaryScalar(BinaryOp.DIV, step, lr(), true);
      if (bound) {
        if (Double.isNaN(initialAlpha)) {
          initialAlpha = hp("alpha");
        }
        double f = hp("final_lr") * hp("alpha") / initialAlpha;
        double gt = hp("gamma") * t();
        step = Ops.scalar(BinaryOp.MAXIMUM, step, f * (1 - 1 / (gt + 1)));
        step = Ops.scalar(BinaryOp.MINIMUM, step, f * (1 + 1 / gt));
      }
      NdArray delta = Ops.mul(step, m);
      double wd = hp("weight_decay_rate");
      if (wd != 0) {
        Ops.axpy(delta, wd, p);
      }
      Ops.axpy(p, -hp("eta"), delta);
    }
  }

  /**
   * The provider behind {@code Engine.get().optimizer("Adam")}: hyperparameters {@code alpha,
   * beta1, beta2, eps, eta, weight_decay_rate, amsgrad, adabound, final_lr, gamma} (camel case
   * accepted too; flags as 0 or 1).
   */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("Adam", h -> new Adam(Options.of(h)));
  }
}
