package dl.optimizers;

import dl.api.spi.OptimizerProvider;

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
    this(DEFAULT_ALPHA, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS, DEFAULT_ETA);
  }

  /** Every hyperparameter. */
  public AMSGrad(double alpha, double beta1, double beta2, double eps, double eta) {
    super(alpha, beta1, beta2, eps, eta, 0, true, false, DEFAULT_FINAL_LR, DEFAULT_GAMMA);
  }

  @Override
  public AMSGrad setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The provider behind {@code Engine.get().optimizer("AMSGrad")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "AMSGrad",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("AMSGrad", h)
                  .declare("alpha", DEFAULT_ALPHA)
                  .declare("beta1", DEFAULT_BETA1)
                  .declare("beta2", DEFAULT_BETA2)
                  .declare("eps", DEFAULT_EPS)
                  .declare("eta", DEFAULT_ETA);
          return new AMSGrad(
              hp.get("alpha"), hp.get("beta1"), hp.get("beta2"), hp.get("eps"), hp.get("eta"));
        });
  }
}
