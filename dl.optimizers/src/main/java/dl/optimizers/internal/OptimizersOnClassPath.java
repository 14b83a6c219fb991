package dl.optimizers.internal;

import static dl.api.spi.ClassPathProviders.entry;

import dl.api.spi.ClassPathProviders;
import dl.api.spi.OptimizerProvider;
import java.util.List;

/**
 * The providers of dl.optimizers for a run on the class path, where {@code ServiceLoader} cannot
 * call their {@code provider()} methods: the same classes, in the same order, as module-info's
 * {@code provides} (a test checks that the two agree). Named in {@code
 * META-INF/services/dl.api.spi.ClassPathProviders}.
 */
public final class OptimizersOnClassPath implements ClassPathProviders {
  /** Called by {@code ServiceLoader} on the class path. */
  public OptimizersOnClassPath() {}

  @Override
  public List<Entry<?>> providers() {
    return List.of(
        entry(OptimizerProvider.class, dl.optimizers.SGD.class, dl.optimizers.SGD::provider),
        entry(
            OptimizerProvider.class,
            dl.optimizers.MomentumSGD.class,
            dl.optimizers.MomentumSGD::provider),
        entry(
            OptimizerProvider.class,
            dl.optimizers.CorrectedMomentumSGD.class,
            dl.optimizers.CorrectedMomentumSGD::provider),
        entry(
            OptimizerProvider.class,
            dl.optimizers.NesterovAG.class,
            dl.optimizers.NesterovAG::provider),
        entry(
            OptimizerProvider.class, dl.optimizers.AdaGrad.class, dl.optimizers.AdaGrad::provider),
        entry(
            OptimizerProvider.class,
            dl.optimizers.AdaDelta.class,
            dl.optimizers.AdaDelta::provider),
        entry(
            OptimizerProvider.class, dl.optimizers.RMSprop.class, dl.optimizers.RMSprop::provider),
        entry(
            OptimizerProvider.class,
            dl.optimizers.RMSpropGraves.class,
            dl.optimizers.RMSpropGraves::provider),
        entry(
            OptimizerProvider.class, dl.optimizers.SMORMS3.class, dl.optimizers.SMORMS3::provider),
        entry(OptimizerProvider.class, dl.optimizers.Adam.class, dl.optimizers.Adam::provider),
        entry(OptimizerProvider.class, dl.optimizers.AdamW.class, dl.optimizers.AdamW::provider),
        entry(
            OptimizerProvider.class, dl.optimizers.AMSGrad.class, dl.optimizers.AMSGrad::provider),
        entry(
            OptimizerProvider.class,
            dl.optimizers.AdaBound.class,
            dl.optimizers.AdaBound::provider),
        entry(
            OptimizerProvider.class,
            dl.optimizers.AMSBound.class,
            dl.optimizers.AMSBound::provider),
        entry(OptimizerProvider.class, dl.optimizers.MSVAG.class, dl.optimizers.MSVAG::provider));
  }
}
