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
 * SMORMS3 (Funk, "RMSprop loses to SMORMS3 — Beware the Epsilon!", 2015), as Chainer's {@code
 * optimizers.SMORMS3}, with {@code mem} starting at 1: {@code r = 1/(mem + 1); ḡ ← (1−r)·ḡ + r·g;
 * g2 ← (1−r)·g2 + r·g²; x = ḡ²/(g2 + eps); θ ← θ − g·min(x, lr)/(√g2 + eps); mem ← 1 + mem·(1 −
 * x)}.
 *
 * <p>Hyperparameters (names as in Chainer, camel case accepted by the provider):
 *
 * <ul>
 *   <li>{@code lr} — learning rate (the cap of x), default {@code 0.001};
 *   <li>{@code eps} — added to g2 and √g2, default {@code 1e-16}.
 * </ul>
 *
 * State per parameter: {@code mem}, {@code g}, {@code g2}, on the parameter's device, created on
 * its first update.
 *
 * <pre>{@code
 * Optimizer opt = new SMORMS3().setup(model);
 * opt.update(() -> model.call(x, t));
 * }</pre>
 */
public class SMORMS3 extends GradientMethod {
  public static final double DEFAULT_LR = 0.001;
  public static final double DEFAULT_EPS = 1e-16;

  /** Chainer's defaults (lr = {@value #DEFAULT_LR}, eps = {@value #DEFAULT_EPS}). */
  public SMORMS3() {
    this(Options.defaults());
  }

  /** The given learning rate with the other hyperparameters at Chainer's defaults. */
  public SMORMS3(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters: {@code new SMORMS3(SMORMS3.Options.builder().lr(0.1).build())};
   * values out of range are rejected with their bound.
   */
  public SMORMS3(Options options) {
    hyperparam().set("lr", nonNegative("lr", options.lr()));
    hyperparam().set("eps", nonNegative("eps", options.eps()));
  }

  /**
   * SMORMS3's hyperparameters, immutable, with Chainer's names and defaults; {@link #builder()}
   * changes some and keeps the others. The by-name provider reads the same names.
   *
   * <pre>{@code
   * SMORMS3 opt = new SMORMS3(SMORMS3.Options.builder().lr(0.1).build());
   * }</pre>
   *
   * @param lr Chainer's {@code lr}, default {@value SMORMS3#DEFAULT_LR}
   * @param eps Chainer's {@code eps}, default {@value SMORMS3#DEFAULT_EPS}
   */
  public record Options(double lr, double eps) {
    static final Fields<Options, Builder> FIELDS =
        Fields.<Options, Builder>of("SMORMS3")
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
  public SMORMS3 setup(Link link) {
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

  /** One parameter's SMORMS3 update, in place. */
  public static final class Rule extends GradientRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("mem", Ops.fullLike(param.array(), 1));
      putState("g", Ops.zerosLike(param.array()));
      putState("g2", Ops.zerosLike(param.array()));
    }

    @Override
    protected void step(Parameter param) {
      NdArray mem = state().get("mem");
      NdArray gbar = state().get("g");
      NdArray g2 = state().get("g2");
      NdArray g = param.grad();
      Backend b = g.backend();
      double eps = hp("eps");
      NdArray r = b.binaryScalar(BinaryOp.DIV, Ops.scalar(BinaryOp.ADD, mem, 1), 1, true);
      // s ← s + r·(x − s), i.e. (1 − r)·s + r·x
      Ops.into(BinaryOp.ADD, gbar, Ops.mul(r, b.binary(BinaryOp.SUB, g, gbar)));
      Ops.into(BinaryOp.ADD, g2, Ops.mul(r, b.binary(BinaryOp.SUB, Ops.square(g), g2)));
      NdArray x = Ops.div(Ops.square(gbar), Ops.scalar(BinaryOp.ADD, g2, eps));
      NdArray rate = Ops.scalar(BinaryOp.MINIMUM, x, hp("lr"));
      NdArray denom = Ops.scalar(BinaryOp.ADD, Ops.sqrt(g2), eps);
      Ops.into(BinaryOp.SUB, param.array(), Ops.div(Ops.mul(g, rate), denom));
      // mem ← 1 + mem·(1 − x)
      Ops.into(BinaryOp.MUL, mem, b.binaryScalar(BinaryOp.SUB, x, 1, true));
      Ops.into(BinaryOp.ADD, mem, b.full(new int[0], 1, mem.dtype()));
    }
  }

  /** The provider behind {@code Engine.get().optimizer("SMORMS3")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of("SMORMS3", h -> new SMORMS3(Options.of(h)));
  }
}
