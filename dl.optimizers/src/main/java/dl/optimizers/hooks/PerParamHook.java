package dl.optimizers.hooks;

import dl.api.NdArray;
import dl.api.Optimizer;
import dl.api.OptimizerHook;
import dl.api.Parameter;
import dl.api.UpdateRule;
import dl.optimizers.GradientRule;

/**
 * A hook that changes each parameter's gradient on its own (Chainer's {@code call_for_each_param =
 * True}): as an optimizer hook it visits every initialised parameter with a gradient and an enabled
 * rule; it can also be attached to a single parameter's {@link GradientRule}.
 *
 * <pre>{@code
 * opt.addHook("decay", OptimizerHook.Timing.PRE, new WeightDecay(1e-4));
 * ((GradientRule) model.l1.W.updateRule()).addHook("decay", GradientRule.Timing.PRE, new WeightDecay(1e-4));
 * }</pre>
 */
public abstract class PerParamHook implements OptimizerHook, GradientRule.Hook {
  @Override
  public final void call(Optimizer optimizer) {
    for (Parameter p : optimizer.target().params(false)) {
      UpdateRule r = p.updateRule();
      if (p.grad() != null && (r == null || r.enabled())) {
        // the rule counts this update only when it runs, after the optimizer's pre hooks
        apply(p.array(), p.grad(), (r == null ? optimizer.t() : r.t()) + 1);
      }
    }
  }

  @Override
  public final void call(GradientRule rule, Parameter param) {
    apply(param.array(), param.grad(), rule.t());
  }

  /** Changes {@code grad} in place; {@code t} is the number of the rule's update being made. */
  protected abstract void apply(NdArray param, NdArray grad, int t);

  static double checkNonNegative(String hook, String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(hook + ": " + name + " must be finite and >= 0, got " + v);
    }
    return v;
  }
}
