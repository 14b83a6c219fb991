package dl.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Updates the parameters of a target link from their gradients (Chainer's {@code Optimizer} and
 * {@code GradientMethod}). {@link #setup} attaches one {@link UpdateRule} per parameter, also to
 * parameters that are not initialised yet, so lazily initialised links work.
 *
 * <pre>{@code
 * Optimizer opt = new Adam().setup(model);
 * opt.update(() -> model.call(x, t));   // cleargrads, backward, update
 * }</pre>
 */
public abstract class Optimizer {
  private final Hyperparameter hyperparam = new Hyperparameter(null);
  private final Map<String, Hook> hooks = new LinkedHashMap<>();
  private Link target;
  private int t;
  private int epoch;

  private record Hook(OptimizerHook.Timing timing, OptimizerHook hook) {}

  /** The optimizer's hyperparameters; rules inherit them. */
  public final Hyperparameter hyperparam() {
    return hyperparam;
  }

  /** Attaches the optimizer to a link and resets {@code t} and {@code epoch}. */
  public Optimizer setup(Link link) {
    if (link == null) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ".setup: link must be the Link to optimize, got null");
    }
    target = link;
    t = 0;
    epoch = 0;
    for (Parameter p : link.params()) {
      p.setUpdateRule(createUpdateRule());
    }
    return this;
  }

  /** A new rule for one parameter, with this optimizer's hyperparameters as its parent. */
  protected abstract UpdateRule createUpdateRule();

  /** The link being optimised. */
  public final Link target() {
    if (target == null) {
      throw new IllegalStateException(
          getClass().getSimpleName() + ": call setup(link) before updating");
    }
    return target;
  }

  /** Updates parameters from the gradients already computed. */
  public void update() {
    Link link = target();
    for (Parameter p : link.params()) {
      if (p.updateRule() == null) {
        p.setUpdateRule(createUpdateRule()); // a parameter registered after setup
      }
      if (p.isInitialized() && p.grad() == null) {
        p.setGrad(p.array().backend().zeros(p.shape(), p.dtype()));
      }
    }
    runHooks(OptimizerHook.Timing.PRE);
    t++;
    for (Parameter p : link.params()) {
      p.update();
    }
    runHooks(OptimizerHook.Timing.POST);
  }

  /**
   * Computes a loss, clears gradients, backpropagates and updates (Chainer's {@code
   * update(lossfun)}).
   */
  public void update(Supplier<Variable> lossFunction) {
    String self = getClass().getSimpleName() + ".update";
    if (lossFunction == null) {
      throw new IllegalArgumentException(self + ": lossFunction must not be null");
    }
    Variable loss = lossFunction.get();
    if (loss == null) {
      throw new IllegalArgumentException(
          self + ": the loss function returned null; expected the loss Variable to backpropagate");
    }
    target().cleargrads();
    loss.backward();
    loss.unchainBackward();
    update();
  }

  private void runHooks(OptimizerHook.Timing timing) {
    for (Hook h : hooks.values()) {
      if (h.timing == timing) {
        h.hook.call(this);
      }
    }
  }

  /** Adds a named hook. */
  public final void addHook(String name, OptimizerHook.Timing timing, OptimizerHook hook) {
    if (hooks.containsKey(name)) {
      throw new IllegalArgumentException("optimizer hook '" + name + "' already exists");
    }
    hooks.put(name, new Hook(timing, hook));
  }

  /** Removes a named hook. */
  public final void removeHook(String name) {
    if (hooks.remove(name) == null) {
      throw new IllegalArgumentException(
          "no optimizer hook '" + name + "'; hooks: " + hooks.keySet());
    }
  }

  /** Names of the hooks in call order. */
  public final List<String> hookNames() {
    return new ArrayList<>(hooks.keySet());
  }

  /** Marks the start of a new epoch (called by updaters). */
  public void newEpoch() {
    epoch++;
  }

  /** Number of updates. */
  public final int t() {
    return t;
  }

  /** Sets the update count (when resuming from a snapshot). */
  public final void setT(int t) {
    this.t = t;
  }

  /** Number of epochs seen. */
  public final int epoch() {
    return epoch;
  }

  /** Sets the epoch count (when resuming from a snapshot). */
  public final void setEpoch(int epoch) {
    this.epoch = epoch;
  }

  /** Checks a hyperparameter at construction, naming the optimizer and the bound. */
  protected final double checkRange(
      String name, double value, double lo, boolean loInclusive, double hi, boolean hiInclusive) {
    boolean ok =
        (loInclusive ? value >= lo : value > lo) && (hiInclusive ? value <= hi : value < hi);
    if (!ok || Double.isNaN(value)) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": hyperparameter "
              + name
              + " must be in "
              + (loInclusive ? "[" : "(")
              + lo
              + ", "
              + hi
              + (hiInclusive ? "]" : ")")
              + ", got "
              + value);
    }
    return value;
  }
}
