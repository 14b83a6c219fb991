package dl.testing;

import dl.api.Backend;
import dl.api.Device;

/**
 * The conformance kit on the OpenBLAS {@code "cpu"} backend. It lives here rather than in
 * dl.backend.openblas's tests because dl.testing already tests against that backend (a test
 * dependency back would be a reactor cycle).
 */
class OpenBlasConformanceTest extends BackendConformanceKit {
  @Override
  protected Backend backend() {
    return Device.of("cpu").backend();
  }
}
