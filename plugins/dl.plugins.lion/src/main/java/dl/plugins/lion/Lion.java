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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 *   <li>{@code weightDecay} — decoupled weight decay λ, default {@code 0}, {@code >= 0}.
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
    this(DEFAULT_LR);
  }

  /** The given learning rate, other hyperparameters at their defaults. */
  public Lion(double lr) {
    this(lr, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_WEIGHT_DECAY);
  }

  /** All hyperparameters; values out of range are rejected with their bound. */
  public Lion(double lr, double beta1, double beta2, double weightDecay) {
    double inf = Double.POSITIVE_INFINITY;
    hyperparam().set("lr", checkRange("lr", lr, 0, true, inf, false));
    hyperparam().set("beta1", checkRange("beta1", beta1, 0, true, 1, true));
    hyperparam().set("beta2", checkRange("beta2", beta2, 0, true, 1, true));
    hyperparam().set("weightDecay", checkRange("weightDecay", weightDecay, 0, true, inf, false));
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
      double wd = h.get("weightDecay");
      if (wd != 0) {
        b.axpyInto(step, wd, p);
      }
      b.axpyInto(p, -h.get("lr"), step);
      b.binaryInto(BinaryOp.MUL, m, b.full(new int[0], beta2, m.dtype()));
      b.axpyInto(m, 1 - beta2, g);
    }
  }

  /** The provider behind {@code Engine.get().optimizer("Lion")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "Lion",
        h -> {
          Set<String> known = Set.of("lr", "beta1", "beta2", "weightDecay");
          if (!known.containsAll(h.keySet())) {
            Set<String> unknown = new TreeSet<>(h.keySet());
            unknown.removeAll(known);
            throw new IllegalArgumentException(
                "Lion: unknown hyperparameters " + unknown + "; known: " + new TreeSet<>(known));
          }
          return new Lion(
              get(h, "lr", DEFAULT_LR),
              get(h, "beta1", DEFAULT_BETA1),
              get(h, "beta2", DEFAULT_BETA2),
              get(h, "weightDecay", DEFAULT_WEIGHT_DECAY));
        });
  }

  private static double get(Map<String, Double> h, String k, double dflt) {
    return h.getOrDefault(k, dflt);
  }
}
