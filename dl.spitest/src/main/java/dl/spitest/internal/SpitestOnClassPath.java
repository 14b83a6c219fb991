package dl.spitest.internal;

import static dl.api.spi.ClassPathProviders.entry;

import dl.api.spi.ClassPathProviders;
import dl.api.spi.FunctionProvider;
import java.util.List;

/**
 * The providers of dl.spitest for a run on the class path, where {@code ServiceLoader} cannot call
 * their {@code provider()} methods: the same classes, in the same order, as module-info's {@code
 * provides} (a test checks that the two agree). Named in {@code
 * META-INF/services/dl.api.spi.ClassPathProviders}.
 */
public final class SpitestOnClassPath implements ClassPathProviders {
  /** Called by {@code ServiceLoader} on the class path. */
  public SpitestOnClassPath() {}

  @Override
  public List<Entry<?>> providers() {
    return List.of(entry(FunctionProvider.class, dl.spitest.Cube.class, dl.spitest.Cube::provider));
  }
}
