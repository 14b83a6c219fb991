package dl.optimizers;

import dl.api.spi.OptimizerProvider;

/**
 * AdamW (Loshchilov and Hutter, "Decoupled Weight Decay Regularization", ICLR 2019), as Chainer's
 * {@code optimizers.AdamW}: {@link Adam} whose {@code weight_decay_rate} is applied to the
 * parameter directly, {@code θ ← θ − eta·(lr_t·m/(√v+eps) + weight_decay_rate·θ)} (not scaled by
 * alpha, as Chainer).
 *
 * <p>Hyperparameters: {@code alpha = 1e-3}, {@code beta1 = 0.9}, {@code beta2 = 0.999}, {@code eps
 * = 1e-8}, {@code eta = 1}, {@code weight_decay_rate = 0} (Chainer's defaults).
 *
 * <pre>{@code
 * AdamW opt = new AdamW(1e-3, 0.9, 0.999, 1e-8, 1.0, 1e-4).setup(model);
 * }</pre>
 */
public class AdamW extends Adam {
  /** Chainer's defaults. */
  public AdamW() {
    this(
        DEFAULT_ALPHA,
        DEFAULT_BETA1,
        DEFAULT_BETA2,
        DEFAULT_EPS,
        DEFAULT_ETA,
        DEFAULT_WEIGHT_DECAY_RATE);
  }

  /** Every hyperparameter. */
  public AdamW(
      double alpha, double beta1, double beta2, double eps, double eta, double weightDecayRate) {
    super(alpha, beta1, beta2, eps, eta, weightDecayRate);
  }

  @Override
  public AdamW setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The provider behind {@code Engine.get().optimizer("AdamW")}. */
  public static OptimizerProvider provider() {
    return OptimizerProvider.of(
        "AdamW",
        h -> {
          Hyperparameters hp =
              Hyperparameters.of("AdamW", h)
                  .declare("alpha", DEFAULT_ALPHA)
                  .declare("beta1", DEFAULT_BETA1)
                  .declare("beta2", DEFAULT_BETA2)
                  .declare("eps", DEFAULT_EPS)
                  .declare("eta", DEFAULT_ETA)
                  .declare("weight_decay_rate", DEFAULT_WEIGHT_DECAY_RATE);
          return new AdamW(
              hp.get("alpha"),
              hp.get("beta1"),
              hp.get("beta2"),
              hp.get("eps"),
              hp.get("eta"),
              hp.get("weight_decay_rate"));
        });
  }
}
