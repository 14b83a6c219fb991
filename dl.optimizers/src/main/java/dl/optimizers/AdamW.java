package dl.optimizers;

import dl.api.spi.OptimizerProvider;
import java.util.List;

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
 * AdamW opt = new AdamW(Adam.Options.builder().weightDecayRate(1e-4).build()).setup(model);
 * }</pre>
 */
public class AdamW extends Adam {
  /** Chainer's defaults. */
  public AdamW() {
    this(Options.defaults());
  }

  /** The given step size with the other hyperparameters at Chainer's defaults. */
  public AdamW(double alpha) {
    this(Options.builder().alpha(alpha).build());
  }

  /**
   * The given hyperparameters of AdamW (alpha, beta1, beta2, eps, eta, weight_decay_rate), e.g.
   * {@code new AdamW(Adam.Options.builder().alpha(1e-4).build())}; the flags amsgrad and adabound
   * stay off, any other Adam hyperparameter must stay at its default.
   */
  public AdamW(Options options) {
    super(variant("AdamW", options, false, false, NAMES));
  }

  /** AdamW's hyperparameters, by Chainer's names. */
  static final List<String> NAMES =
      List.of("alpha", "beta1", "beta2", "eps", "eta", "weight_decay_rate");

  @Override
  public AdamW setup(dl.api.Link link) {
    super.setup(link);
    return this;
  }

  /** The provider behind {@code Engine.get().optimizer("AdamW")}. */
  public static OptimizerProvider provider() {
    return variantProvider("AdamW", AdamW::new, NAMES);
  }
}
