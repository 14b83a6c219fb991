package dl.optimizers;

import dl.api.Hyperparameter;
import dl.api.Parameter;
import dl.api.UpdateRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The update rule that Catena's optimizers attach to each parameter: Chainer's {@code UpdateRule}
 * with per-parameter hooks ({@code add_hook(hook, name, timing)}), run around the rule's own step
 * after its state exists and its {@code t} has been counted.
 *
 * <pre>{@code
 * GradientRule r = (GradientRule) model.l1.W.updateRule();
 * r.addHook("decay", Timing.PRE, new WeightDecay(1e-4)::callForParam);
 * r.hyperparam().set("lr", 0.1);   // overrides the optimizer's lr for this parameter only
 * }</pre>
 */
public abstract class GradientRule extends UpdateRule {
  /** A hook run for one parameter by its rule. */
  @FunctionalInterface
  public interface Hook {
    void call(GradientRule rule, Parameter param);
  }

  /** When a rule hook runs relative to the step. */
  public enum Timing {
    PRE,
    POST
  }

  private final Map<String, Hook> preHooks = new LinkedHashMap<>();
  private final Map<String, Hook> postHooks = new LinkedHashMap<>();

  protected GradientRule(Hyperparameter parent) {
    super(parent);
  }

  /** Adds a named per-parameter hook. */
  public final void addHook(String name, Timing timing, Hook hook) {
    if (preHooks.containsKey(name) || postHooks.containsKey(name)) {
      throw new IllegalArgumentException("update rule hook '" + name + "' already exists");
    }
    (timing == Timing.PRE ? preHooks : postHooks).put(name, hook);
  }

  /** Removes a named per-parameter hook. */
  public final void removeHook(String name) {
    if (preHooks.remove(name) == null && postHooks.remove(name) == null) {
      throw new IllegalArgumentException("no update rule hook '" + name + "'");
    }
  }

  /** Hook names, pre hooks first. */
  public final List<String> hookNames() {
    List<String> l = new ArrayList<>(preHooks.keySet());
    l.addAll(postHooks.keySet());
    return l;
  }

  @Override
  protected final void updateCore(Parameter param) {
    for (Hook h : preHooks.values()) {
      h.call(this, param);
    }
    step(param);
    for (Hook h : postHooks.values()) {
      h.call(this, param);
    }
  }

  /** The optimizer's update of {@code param} from its gradient, in place. */
  protected abstract void step(Parameter param);

  /** A hyperparameter of this rule (its own value or the optimizer's). */
  protected final double hp(String name) {
    return hyperparam().get(name);
  }
}
