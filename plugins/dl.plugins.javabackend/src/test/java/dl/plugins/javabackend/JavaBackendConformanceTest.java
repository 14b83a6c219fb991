package dl.plugins.javabackend;

import dl.api.Backend;
import dl.api.Device;
import dl.testing.BackendConformanceKit;

/** The whole backend conformance kit on the {@code "java"} backend. */
class JavaBackendConformanceTest extends BackendConformanceKit {
  @Override
  protected Backend backend() {
    return Device.of("java").backend();
  }
}
