package dl.plugins.javabackend;

import dl.api.Backend;
import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;

/**
 * Service provider of the {@code "java"} backend: always available, one device, priority 1 (below
 * the OpenBLAS {@code "cpu"} backend's 10, so it is the default only where that one cannot load).
 *
 * <pre>{@code
 * Backend b = Device.of("java").backend();
 * }</pre>
 */
public final class JavaBackendProvider implements BackendProvider {
  /** Creates the provider. */
  public JavaBackendProvider() {}

  @Override
  public String name() {
    return "java";
  }

  @Override
  public int priority() {
    return 1;
  }

  @Override
  public Availability availability() {
    return Availability.ok("pure-Java reference backend (no native code)");
  }

  @Override
  public int deviceCount() {
    return 1;
  }

  @Override
  public Backend create(int index) {
    if (index != 0) {
      throw new IllegalArgumentException(
          "java backend: there is one device (index 0), got index " + index);
    }
    return new JavaBackend();
  }
}
