package dl.backend.cuda;

import dl.api.Backend;
import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;

/**
 * Descriptor of the {@code cuda} backend. Discovery loads no native code: the probe runs only when
 * {@link #availability()} or {@link #deviceCount()} is asked, once per JVM, and its answer (with
 * the reason) is cached.
 */
public final class CudaBackendProvider implements BackendProvider {
  static final String NO_KERNELS =
      "the CUDA device kernels are not implemented in this release (kernel source generation and"
          + " the memory pool are; see the README); use the cpu device";

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
    Availability a = CudaProbe.result().availability();
    // Even with a GPU the backend cannot run yet: say both facts.
    return a.available() ? Availability.unavailable(a.reason() + " found, but " + NO_KERNELS) : a;
  }

  @Override
  public int deviceCount() {
    return CudaProbe.result().deviceCount();
  }

  @Override
  public Backend create(int index) {
    throw new IllegalStateException(
        "cuda:" + index + " is unavailable: " + availability().reason());
  }
}
