package dl.backend.cuda;

import dl.api.Backend;
import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;

/**
 * Descriptor of the {@code cuda} backend. Discovery loads no native code; until the CUDA kernels
 * land it reports itself unavailable, so the engine falls back to the CPU with a clear reason.
 */
public final class CudaBackendProvider implements BackendProvider {
  static final String REASON =
      "the CUDA backend is not implemented in this release"
          + " (dl.backend.cuda has no kernels yet); use the cpu device";

  @Override
  public String name() {
    return "cuda";
  }

  /** Above the CPU so that a working GPU becomes the default device. */
  @Override
  public int priority() {
    return 20;
  }

  @Override
  public Availability availability() {
    return Availability.unavailable(REASON);
  }

  @Override
  public int deviceCount() {
    return 0;
  }

  @Override
  public Backend create(int index) {
    throw new IllegalStateException("cuda:" + index + " is unavailable: " + REASON);
  }
}
