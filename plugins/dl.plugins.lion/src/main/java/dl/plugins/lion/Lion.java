package dl.plugins.lion;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.Hyperparameter;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.UnaryOp;
import dl.api.UpdateRule;
import dl.api.spi.OptimizerProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lion, "EvoLved Sign Momentum" (Chen et al., "Symbolic Discovery of Optimization Algorithms",
 * 2023): the update is the sign of an interpolation of momentum and gradient, {@code c = β1·m +
 * (1−β1)·g; θ ← θ − lr·(sign(c) + λ·θ); m ← β2·m + (1−β2)·g}.
 *
 * <p>Hyperparameters (the paper's defaults):
 *
 * <ul>
 *   <li>{@code lr} — learning rate, default {@code 1e-4}, {@code >= 0} (3–10× smaller than Adam's);
 *   <li>{@code beta1} — interpolation for the update, default {@code 0.9}, in {@code [0, 1]};
 *   <li>{@code beta2} — momentum decay, default {@code 0.99}, in {@code [0, 1]};
 *   <li>{@code weight_decay} — decoupled weight decay λ, default {@code 0}, {@code >= 0}.
 * </ul>
 *
 * State per parameter: the momentum {@code m}, zero at the start, on the parameter's device.
 *
 * <pre>{@code
 * Optimizer opt = new Lion(3e-4).setup(model);
 * Optimizer same = Engine.get().optimizer("Lion").create(Map.of("lr", 3e-4)).setup(model);
 * }</pre>
 */
public class Lion extends Optimizer {
  public static final double DEFAULT_LR = 1e-4;
  public static final double DEFAULT_BETA1 = 0.9;
  public static final double DEFAULT_BETA2 = 0.99;
  public static final double DEFAULT_WEIGHT_DECAY = 0;

  /** The paper's defaults. */
  public Lion() {
    this(Options.defaults());
  }

  /** The given learning rate, other hyperparameters at their defaults. */
  public Lion(double lr) {
    this(Options.builder().lr(lr).build());
  }

  /**
   * The given hyperparameters, e.g. {@code new Lion(Lion.Options.builder().lr(3e-4).weightDecay(
   * 0.1).build())}; values out of range are rejected with their bound.
   */
  public Lion(Options options) {
    double inf = Double.POSITIVE_INFINITY;
    hyperparam().set("lr", checkRange("lr", options.lr(), 0, true, inf, false));
    hyperparam().set("beta1", checkRange("beta1", options.beta1(), 0, true, 1, true));
    hyperparam().set("beta2", checkRange("beta2", options.beta2(), 0, true, 1, true));
    hyperparam()
        .set(
            "weight_decay", checkRange("weight_decay", options.weightDecay(), 0, true, inf, false));
  }

  /**
   * Lion's hyperparameters, immutable, with the paper's defaults; {@link #builder()} changes some
   * and keeps the others. The by-name provider reads the same names ({@code lr}, {@code beta1},
   * {@code beta2}, {@code weight_decay}; camel case accepted).
   *
   * @param lr learning rate, default {@value Lion#DEFAULT_LR}
   * @param beta1 interpolation of momentum and gradient for the update, default {@value
   *     Lion#DEFAULT_BETA1}
   * @param beta2 momentum decay, default {@value Lion#DEFAULT_BETA2}
   * @param weightDecay decoupled weight decay λ, default {@value Lion#DEFAULT_WEIGHT_DECAY}
   */
  public record Options(double lr, double beta1, double beta2, double weightDecay) {
    /** The paper's defaults. */
    public static Options defaults() {
      return new Builder().build();
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
      return new Builder();
    }

    /** A builder that starts from these values. */
    public Builder toBuilder() {
      return new Builder().lr(lr).beta1(beta1).beta2(beta2).weightDecay(weightDecay);
    }

    /** The values by name, as the by-name provider takes them. */
    public Map<String, Double> asMap() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("lr", lr);
      m.put("beta1", beta1);
      m.put("beta2", beta2);
      m.put("weight_decay", weightDecay);
      return m;
    }

    /** Builds {@link Options}; every field starts at its default. */
    public static final class Builder {
      private double lr = DEFAULT_LR;
      private double beta1 = DEFAULT_BETA1;
      private double beta2 = DEFAULT_BETA2;
      private double weightDecay = DEFAULT_WEIGHT_DECAY;

      private Builder() {}

      /** The learning rate. */
      public Builder lr(double v) {
        lr = v;
        return this;
      }

      /** The interpolation of momentum and gradient for the update. */
      public Builder beta1(double v) {
        beta1 = v;
        return this;
      }

      /** The momentum decay. */
      public Builder beta2(double v) {
        beta2 = v;
        return this;
      }

      /** The decoupled weight decay λ. */
      public Builder weightDecay(double v) {
        weightDecay = v;
        return this;
      }

      public Options build() {
        return new Options(lr, beta1, beta2, weightDecay);
      }
    }
  }

  @Override
  public Lion setup(Link link) {
    super.setup(link);
    return this;
  }

  @Override
  protected UpdateRule createUpdateRule() {
    return new Rule(hyperparam());
  }

  /** One parameter's Lion update, in place, with the backend's kernels. */
  public static final class Rule extends UpdateRule {
    public Rule(Hyperparameter parent) {
      super(parent);
    }

    @Override
    protected void initState(Parameter param) {
      putState("m", param.array().backend().zeros(param.shape(), param.dtype()));
    }

    @Override
    protected void updateCore(Parameter param) {
      Hyperparameter h = hyperparam();
      NdArray p = param.array();
      NdArray g = param.grad();
      NdArray m = state().get("m");
      Backend b = p.backend();
      double beta1 = h.get("beta1");
      double beta2 = h.get("beta2");
      NdArray c = b.binaryScalar(BinaryOp.MUL, m, beta1, false);
      b.axpyInto(c, 1 - beta1, g);
      NdArray step = b.unary(UnaryOp.SIGN, c);
      double wd = h.get("weight_decay");
      if (wd != 0) {
        b.axpyInto(step, wd, p);
      }
      b.axpyInto(p, -h.get("lr"), step);
      b.binaryInto(BinaryOp.MUL, m, b.full(new int[0], beta2, m.dtype()));
      b.axpyInto(m, 1 - beta2, g);
    }
  }

  /**
   * The provider behind {@code Engine.get().optimizer("Lion")}: the names of {@link Options}
   * ({@code weight_decay} also as {@code weightDecay}); an unknown name is an error listing the
   * known ones.
   */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "Lion",
        h -> {
          Options.Builder b = Options.builder();
          for (Map.Entry<String, Double> e : h.entrySet()) {
            Double v = e.getValue();
            if (v == null) {
              throw new IllegalArgumentException(
                  "Lion: hyperparameter '" + e.getKey() + "' is null");
            }
            switch (e.getKey()) {
              case "lr" -> b.lr(v);
              case "beta1" -> b.beta1(v);
              case "beta2" -> b.beta2(v);
              case "weight_decay", "weightDecay" -> b.weightDecay(v);
              default ->
                  throw new IllegalArgumentException(
                      "Lion: unknown hyperparameter '"
                          + e.getKey()
                          + "'; known (with defaults): "
                          + Options.defaults().asMap());
            }
          }
          return new Lion(b.build());
        });
  }
}
