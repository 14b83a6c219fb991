package dl.optimizers;

import dl.api.spi.OptimizerProvider;
import java.util.List;

/**
 * AdaBound (Luo et al., "Adaptive Gradient Methods with Dynamic Bound of Learning Rate", ICLR
 * 2019), as Chainer's {@code optimizers.AdaBound}: {@link Adam} with {@code adabound} on: the step
 * size is clipped to bounds that converge to {@code final_lr}.
 *
 * <p>Hyperparameters: {@code alpha = 1e-3}, {@code beta1 = 0.9}, {@code beta2 = 0.999}, {@code
 * final_lr = 0.1}, {@code gamma = 1e-3}, {@code eps = 1e-8}, {@code eta = 1}.
 *
 * <pre>{@code
 * AdaBound opt = new AdaBound().setup(model);
 * }</pre>
 */
public class AdaBound extends Adam {
  /** Chainer's defaults. */
  public AdaBound() {
    this(Options.defaults());
  }

  /** The given step size with the other hyperparameters at Chainer's defaults. */
  public AdaBound(double alpha) {
    this(Options.builder().alpha(alpha).build());
  }

  /**
   * The given hyperparameters of AdaBound (alpha, beta1, beta2, final_lr, gamma, eps, eta), e.g.
   * {@code new AdaBound(Adam.Options.builder().alpha(1e-4).build())}; the flag adabound is on, any
   * other Adam hyperparameter must stay at its default.
   */
  public AdaBound(Options options) {
    super(variant("AdaBound", options, false, true, NAMES));
  }

  /** AdaBound's hyperparameters, by Chainer's names. */
  static final List<String> NAMES =
      List.of("alpha", "beta1", "beta2", "final_lr", "gamma", "eps", "eta");

  @Override
  public AdaBound setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The provider behind {@code Engine.get().optimizer("AdaBound")}. */
  public static OptimizerProvider provider() {
    return variantProvider("AdaBound", AdaBound::new, NAMES);
  }
}
