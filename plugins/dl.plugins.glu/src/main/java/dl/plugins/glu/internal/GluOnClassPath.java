package dl.plugins.glu.internal;

import static dl.api.spi.ClassPathProviders.entry;

import dl.api.spi.ClassPathProviders;
import dl.api.spi.LinkProvider;
import java.util.List;

/**
 * The providers of dl.plugins.glu for a run on the class path, where {@code ServiceLoader} cannot
 * call their {@code provider()} methods: the same classes, in the same order, as module-info's
 * {@code provides} (a test checks that the two agree). Named in {@code
 * META-INF/services/dl.api.spi.ClassPathProviders}.
 */
public final class GluOnClassPath implements ClassPathProviders {
  /** Called by {@code ServiceLoader} on the class path. */
  public GluOnClassPath() {}

  @Override
  public List<Entry<?>> providers() {
    return List.of(
        entry(LinkProvider.class, dl.plugins.glu.Glu.class, dl.plugins.glu.Glu::provider));
  }
}
