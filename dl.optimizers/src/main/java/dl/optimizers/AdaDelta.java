package dl.optimizers;

import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.api.spi.OptimizerProvider;
import java.util.Map;

/**
 * AdaDelta (Zeiler, "ADADELTA: An Adaptive Learning Rate Method", 2012), as Chainer's {@code
 * optimizers.AdaDelta}: {@code msg ← ρ·msg + (1−ρ)·g²; dx = √((msdx + eps)/(msg + eps))·g; msdx ←
 * ρ·msdx + (1−ρ)·dx²; θ ← θ − dx}. There is no learning rate.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code rho} — decay ρ, in {@code [0, 1)}, default {@code 0.95};
 *   <li>{@code eps} — added inside the ratio, default {@code 1e-6}.
 * </ul>
 *
 * State per parameter: {@code msg}, {@code msdx}, on the parameter's device, created on its first
 * update.
 *
 * <pre>{@code
 * Optimizer opt = new AdaDelta().setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class AdaDelta extends GradientMethod {
  public static final double DEFAULT_RHO = 0.95;
  public static final double DEFAULT_EPS = 1e-6;

  /** Chainer's defaults (rho = {@value #DEFAULT_RHO}, eps = {@value #DEFAULT_EPS}). */
  public AdaDelta() {
    this(Options.defaults());
  }

  /** The given step size with the other hyperparameters at Chainer's defaults. */
  public AdaDelta(double rho) {
    this(Options.builder().rho(rho).build());
  }

  /**
   * The given hyperparameters: {@code new AdaDelta(AdaDelta.Options.builder().rho(0.1).build())};
   * values out of range are rejected with their bound.
   */
  public AdaDelta(Options options) {
    hyperparam().set("rho", check("rho", options.rho(), 0, 1, false));
    hyperparam().set("eps", nonNegative("eps", options.eps()));
  }

  /**
   * AdaDelta's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()}
   * changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * AdaDelta opt = new AdaDelta(AdaDelta.Options.builder().rho(0.1).build());
   * }</pre>
   *
   * @param rho Chainer's {@code rho}, default {@value AdaDelta#DEFAULT_RHO}
   * @param eps Chainer's {@code eps}, default {@value AdaDelta#DEFAULT_EPS}
   */
  public record Options(double rho, double eps) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("AdaDelta")
            .real("rho", Options::rho, Builder::rho)
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
      return new Builder().rho(rho).eps(eps);
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
      private double rho = DEFAULT_RHO;
      private double eps = DEFAULT_EPS;

      private Builder() {}

      /** Chainer's {@code rho}. */
      public Builder rho(double v) {
        rho = v;
        return this;
      }

      /** Chainer's {@code eps}. */
      public Builder eps(double v) {
        eps = v;
        return this;
      }

      public Options build() {
        return new Options(rho, eps);
      }
    }
  }

  @Override
  public AdaDelta setup(Link link) {
    super.setup(link);
    return this;
  }

  /** {@code rho}. */
  public double rho() {
    return hyperparam().get("rho");
  }

  /** Changes {@code rho} for every rule that does not override it. */
  public void setRho(double rho) {
    hyperparam().set("rho", check("rho", rho, 0, 1, false));
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

  /** One parameter's AdaDelta update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("msg", Ops.zerosLike(param.array()));
      putState("msdx", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray msg = state().get("msg");
      NdArray msdx = state().get("msdx");
      NdArray g = param.grad();
      double rho = hp("rho");
      double eps = hp("eps");
      Ops.ema(msg, Ops.square(g), rho);
      NdArray ratio =
          Ops.div(Ops.scalar(BinaryOp.ADD, msdx, eps), Ops.scalar(BinaryOp.ADD, msg, eps));
      NdArray dx = Ops.mul(Ops.sqrt(ratio), g);
      Ops.ema(msdx, Ops.square(dx), rho);
      Ops.axpy(param.array(), -1, dx);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("AdaDelta")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("AdaDelta", h -> new AdaDelta(Options.of(h)));
  }
}
