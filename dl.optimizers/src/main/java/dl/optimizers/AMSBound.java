package dl.optimizers;

import dl.api.spi.OptimizerProvider;

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
    this(
        DEFAULT_ALPHA,
        DEFAULT_BETA1,
        DEFAULT_BETA2,
        DEFAULT_FINAL_LR,
        DEFAULT_GAMMA,
        DEFAULT_EPS,
        DEFAULT_ETA);
  }

  /** Every hyperparameter, in Chainer's order. */
  public AMSBound(
      double alpha,
      double beta1,
      double beta2,
      double finalLr,
      double gamma,
      double eps,
      double eta) {
    super(alpha, beta1, beta2, eps, eta, 0, true, true, finalLr, gamma);
  }

  @Override
  public AMSBound setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The provider behind {@code Engine.get().optimizer("AMSBound")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "AMSBound",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("AMSBound", h)
                  .declare("alpha", DEFAULT_ALPHA)
                  .declare("beta1", DEFAULT_BETA1)
                  .declare("beta2", DEFAULT_BETA2)
                  .declare("final_lr", DEFAULT_FINAL_LR)
                  .declare("gamma", DEFAULT_GAMMA)
                  .declare("eps", DEFAULT_EPS)
                  .declare("eta", DEFAULT_ETA);
          return new AMSBound(
              hp.get("alpha"),
              hp.get("beta1"),
              hp.get("beta2"),
              hp.get("final_lr"),
              hp.get("gamma"),
              hp.get("eps"),
              hp.get("eta"));
        });
  }
}
