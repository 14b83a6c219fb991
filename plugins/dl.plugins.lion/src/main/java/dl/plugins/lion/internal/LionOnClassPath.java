package dl.plugins.lion.internal;

import static dl.api.spi.ClassPathProviders.entry;

import dl.api.spi.ClassPathProviders;
import dl.api.spi.OptimizerProvider;
import java.util.List;

/**
 * The providers of dl.plugins.lion for a run on the class path, where {@code ServiceLoader} cannot
 * call their {@code provider()} methods: the same classes, in the same order, as module-info's
 * {@code provides} (a test checks that the two agree). Named in {@code
 * META-INF/services/dl.api.spi.ClassPathProviders}.
 */
public final class LionOnClassPath implements ClassPathProviders {
  /** Called by {@code ServiceLoader} on the class path. */
  public LionOnClassPath() {}

  @Override
  public List<Entry<?>> providers() {
    return List.of(
        entry(OptimizerProvider.class, dl.plugins.lion.Lion.class, dl.plugins.lion.Lion::provider));
  }
}
