package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

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
 *   <li>{@code amsgrad} — 1 to use v̂ = max(v̂, v), default {@code 0} (false);
 *   <li>{@code adabound} — 1 to clip the step, default {@code 0} (false);
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

  /** Chainer's defaults. */
  public Adam() {
    this(DEFAULT_ALPHA);
  }

  /** The given step size with the other defaults. */
  public Adam(double alpha) {
    this(alpha, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS, DEFAULT_ETA, DEFAULT_WEIGHT_DECAY_RATE);
  }

  /** Step size, moment decays and eps, with {@code eta = 1} and no weight decay. */
  public Adam(double alpha, double beta1, double beta2, double eps) {
    this(alpha, beta1, beta2, eps, DEFAULT_ETA, DEFAULT_WEIGHT_DECAY_RATE);
  }

  /** Adam's hyperparameters without the AMSGrad and AdaBound variants. */
  public Adam(
      double alpha, double beta1, double beta2, double eps, double eta, double weightDecayRate) {
    this(
        alpha,
        beta1,
        beta2,
        eps,
        eta,
        weightDecayRate,
        false,
        false,
        DEFAULT_FINAL_LR,
        DEFAULT_GAMMA);
  }

  /** Every hyperparameter; values out of range are rejected with their bound. */
  public Adam(
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
    hyperparam().set("amsgrad", amsgrad ? 1 : 0);
    hyperparam().set("adabound", adabound ? 1 : 0);
    hyperparam().set("final_lr", nonNegative("final_lr", finalLr));
    hyperparam()
        .set("gamma", checkRange("gamma", gamma, 0, false, Double.POSITIVE_INFINITY, false));
    double inf = Double.POSITIVE_INFINITY;
    hyperparam().set("alpha", checkRange("alpha", alpha, 0, true, inf, false));
    hyperparam().set("beta1", checkRange("beta1", beta1, 0, true, 1, false));
    hyperparam().set("beta2", checkRange("beta2", beta2, 0, true, 1, false));
    hyperparam().set("eps", checkRange("eps", eps, 0, true, inf, false));
    hyperparam().set("eta", checkRange("eta", eta, 0, true, inf, false));
    hyperparam()
        .set(
            "weight_decay_rate",
            checkRange("weight_decay_rate", weightDecayRate, 0, true, inf, false));
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
    return OptimizerProvider.of(
        "Adam",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("Adam", h)
                  .declare("alpha", DEFAULT_ALPHA)
                  .declare("beta1", DEFAULT_BETA1)
                  .declare("beta2", DEFAULT_BETA2)
                  .declare("eps", DEFAULT_EPS)
                  .declare("eta", DEFAULT_ETA)
                  .declare("weight_decay_rate", DEFAULT_WEIGHT_DECAY_RATE)
                  .declare("amsgrad", 0)
                  .declare("adabound", 0)
                  .declare("final_lr", DEFAULT_FINAL_LR)
                  .declare("gamma", DEFAULT_GAMMA);
          return new Adam(
              hp.get("alpha"),
              hp.get("beta1"),
              hp.get("beta2"),
              hp.get("eps"),
              hp.get("eta"),
              hp.get("weight_decay_rate"),
              hp.get("amsgrad") != 0,
              hp.get("adabound") != 0,
              hp.get("final_lr"),
              hp.get("gamma"));
        });
  }
}
