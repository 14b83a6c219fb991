package dl.optimizers;

import dl.api.spi.OptimizerProvider;
import java.util.List;

/**
 * AMSGrad (Reddi et al., "On the Convergence of Adam and Beyond", ICLR 2018), as Chainer's {@code
 * optimizers.AMSGrad}: {@link Adam} with {@code amsgrad} on, dividing by the running maximum {@code
 * v̂ = max(v̂, v)}.
 *
 * <p>Hyperparameters: {@code alpha = 1e-3}, {@code beta1 = 0.9}, {@code beta2 = 0.999}, {@code eps
 * = 1e-8}, {@code eta = 1}.
 *
 * <pre>{@code
 * AMSGrad opt = new AMSGrad().setup(model);
 * }</pre>
 */
public class AMSGrad extends Adam {
  /** Chainer's defaults. */
  public AMSGrad() {
    this(Options.defaults());
  }

  /** The given step size with the other hyperparameters at Chainer's defaults. */
  public AMSGrad(double alpha) {
    this(Options.builder().alpha(alpha).build());
  }

  /**
   * The given hyperparameters of AMSGrad (alpha, beta1, beta2, eps, eta), e.g. {@code new
   * AMSGrad(Adam.Options.builder().alpha(1e-4).build())}; the flag amsgrad is on, any other Adam
   * hyperparameter must stay at its default.
   */
  public AMSGrad(Options options) {
    super(variant("AMSGrad", options, true, false, NAMES));
  }

  /** AMSGrad's hyperparameters, by Chainer's names. */
  static final List<String> NAMES = List.of("alpha", "beta1", "beta2", "eps", "eta");

  @Override
  public AMSGrad setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The provider behind {@code Engine.get().optimizer("AMSGrad")}. */
  public static OptimizerProvider provider() {
    return variantProvider("AMSGrad", AMSGrad::new, NAMES);
  }
}
