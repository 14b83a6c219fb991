package dl.api;

/**
 * A function called by an optimizer on every update, before ({@code PRE}) or after ({@code POST})
 * the parameters change (Chainer's optimizer hooks: {@code WeightDecay}, {@code GradientClipping},
 * ...).
 *
 * <pre>{@code
 * optimizer.addHook("scale", OptimizerHook.Timing.PRE, opt -> {
 *   for (Parameter p : opt.target().params(false)) { ... }
 * });
 * }</pre>
 */
@FunctionalInterface
public interface OptimizerHook {
  /** When a hook runs relative to the parameter updates. */
  enum Timing {
    /** Before the update rules run (on the gradients). */
    PRE,
    /** After the update rules have run (on the parameters). */
    POST
  }

  /** Runs the hook. */
  void call(Optimizer optimizer);
}
