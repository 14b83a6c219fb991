package dl.optimizers;

import dl.api.spi.OptimizerProvider;
import java.util.List;

/**
 * AMSBound (Luo et al., "Adaptive Gradient Methods with Dynamic Bound of Learning Rate", ICLR
 * 2019), as Chainer's {@code optimizers.AMSBound}: {@link Adam} with both {@code amsgrad} and
 * {@code adabound} on.
 *
 * <p>Hyperparameters: {@code alpha = 1e-3}, {@code beta1 = 0.9}, {@code beta2 = 0.999}, {@code
 * final_lr = 0.1}, {@code gamma = 1e-3}, {@code eps = 1e-8}, {@code eta = 1}.
 *
 * <pre>{@code
 * AMSBound opt = new AMSBound().setup(model);
 * }</pre>
 */
public class AMSBound extends Adam {
  /** Chainer's defaults. */
  public AMSBound() {
    this(Options.defaults());
  }

  /** The given step size with the other hyperparameters at Chainer's defaults. */
  public AMSBound(double alpha) {
    this(Options.builder().alpha(alpha).build());
  }

  /**
   * The given hyperparameters of AMSBound (alpha, beta1, beta2, final_lr, gamma, eps, eta), e.g.
   * {@code new AMSBound(Adam.Options.builder().alpha(1e-4).build())}; the flags amsgrad and
   * adabound are on, any other Adam hyperparameter must stay at its default.
   */
  public AMSBound(Options options) {
    super(variant("AMSBound", options, true, true, NAMES));
  }

  /** AMSBound's hyperparameters, by Chainer's names. */
  static final List<String> NAMES =
      List.of("alpha", "beta1", "beta2", "final_lr", "gamma", "eps", "eta");

  @Override
  public AMSBound setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The provider behind {@code Engine.get().optimizer("AMSBound")}. */
  public static OptimizerProvider provider() {
    return variantProvider("AMSBound", AMSBound::new, NAMES);
  }
}
