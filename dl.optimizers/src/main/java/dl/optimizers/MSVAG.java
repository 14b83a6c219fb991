package dl.optimizers;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;

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

  /** Chainer's defaults. */
  public MSVAG() {
    this(DEFAULT_LR, DEFAULT_BETA, DEFAULT_ETA, DEFAULT_WEIGHT_DECAY_RATE);
  }

  /** Every hyperparameter, in Chainer's order; values out of range are rejected. */
  public MSVAG(double lr, double beta, double eta, double weightDecayRate) {
    hyperparam().set("lr", nonNegative("lr", lr));
    hyperparam().set("beta", check("beta", beta, 0, 1, false));
    hyperparam().set("eta", nonNegative("eta", eta));
    hyperparam().set("weight_decay_rate", nonNegative("weight_decay_rate", weightDecayRate));
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
    return OptimizerProvider.of(
        "MSVAG",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("MSVAG", h)
                  .declare("lr", DEFAULT_LR)
                  .declare("beta", DEFAULT_BETA)
                  .declare("eta", DEFAULT_ETA)
                  .declare("weight_decay_rate", DEFAULT_WEIGHT_DECAY_RATE);
          return new MSVAG(
              hp.get("lr"), hp.get("beta"), hp.get("eta"), hp.get("weight_decay_rate"));
        });
  }
}
