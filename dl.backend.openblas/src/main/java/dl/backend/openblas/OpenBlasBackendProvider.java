package dl.backend.openblas;

import dl.api.Backend;
import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;

/**
 * Service provider of the {@code "cpu"} backend (priority 10, one device). Construction, {@link
 * #name()} and {@link #priority()} load no native code; {@link #availability()} probes OpenBLAS
 * once and reports the reason when its natives cannot load.
 */
public final class OpenBlasBackendProvider implements BackendProvider {
  /** Creates the provider (cheap; no native code). */
  public OpenBlasBackendProvider() {}

  @Override
  public String name() {
    return "cpu";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public Availability availability() {
    try {
      String error = NativeBlas.loadError();
      return error == null
          ? Availability.ok(NativeBlas.description())
          : Availability.unavailable(error);
    } catch (Throwable t) { // never throws, whatever the class path looks like
      return Availability.unavailable("no OpenBLAS native library for this platform: " + t);
    }
  }

  @Override
  public int deviceCount() {
    return 1;
  }

  @Override
  public Backend create(int index) {
    if (index != 0) {
      throw new IllegalArgumentException(
          "cpu backend: there is one CPU device (index 0), got index " + index);
    }
    NativeBlas.requireLoaded();
    return new CpuBackend();
  }
}
