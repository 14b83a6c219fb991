package dl.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one parameter is updated: its hyperparameters (inherited from the optimizer unless set here),
 * its state arrays (created lazily on the first update, on the parameter's device) and whether it
 * is enabled (Chainer's {@code UpdateRule}).
 *
 * <pre>{@code
 * UpdateRule rule = model.l1.W.updateRule();
 * rule.hyperparam().set("lr", 0.1);   // a per-parameter learning rate
 * rule.setEnabled(false);             // freeze this parameter
 * }</pre>
 */
public abstract class UpdateRule {
  private final Hyperparameter hyperparam;
  private Map<String, NdArray> state;
  private boolean enabled = true;
  private int t;

  /** A rule whose hyperparameters fall back to the optimizer's {@code parent}. */
  protected UpdateRule(Hyperparameter parent) {
    this.hyperparam = new Hyperparameter(parent);
  }

  /** Updates the parameter: skipped when disabled or when it has no gradient. */
  public void update(Parameter param) {
    if (!enabled || !param.isInitialized() || param.grad() == null) {
      return;
    }
    t++;
    if (state == null) {
      state = new LinkedHashMap<>();
      initState(param);
    }
    updateCore(param);
  }

  /** Creates the state arrays for {@code param} (e.g. Adam's {@code m} and {@code v}). */
  protected void initState(Parameter param) {}

  /** The update itself. */
  protected abstract void updateCore(Parameter param);

  /** This rule's hyperparameters (falling back to the optimizer's). */
  public Hyperparameter hyperparam() {
    return hyperparam;
  }

  /** The state arrays by name (empty before the first update). */
  public Map<String, NdArray> state() {
    return state == null ? Map.of() : state;
  }

  /** Replaces the state (used when loading an optimizer snapshot). */
  public void setState(Map<String, NdArray> newState) {
    state = new LinkedHashMap<>(newState);
  }

  /** Stores one state array (for {@link #initState} and loaders). */
  protected void putState(String name, NdArray value) {
    if (state == null) {
      state = new LinkedHashMap<>();
    }
    state.put(name, value);
  }

  void stateToDevice(Device device) {
    if (state != null) {
      state.replaceAll((k, v) -> v.toDevice(device));
    }
  }

  /** Whether the rule updates its parameter. */
  public boolean enabled() {
    return enabled;
  }

  /** Turns the rule on or off (a frozen parameter keeps its value). */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Number of updates applied by this rule. */
  public int t() {
    return t;
  }

  /** Sets the update count (when resuming from a snapshot). */
  public void setT(int t) {
    this.t = t;
  }
}
