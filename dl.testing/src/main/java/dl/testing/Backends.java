package dl.testing;

import dl.api.Device;
import dl.api.spi.BackendProvider;
import dl.api.spi.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * The devices that tests run on: device 0 of every backend that is available here. Backends that
 * are present but unusable (no GPU) are skipped with their reason printed once.
 *
 * <pre>{@code
 * for (Device d : Backends.available()) { ... }
 * }</pre>
 */
public final class Backends {
  private static List<Device> cached;

  private Backends() {}

  /** Device 0 of each available backend. */
  public static synchronized List<Device> available() {
    if (cached == null) {
      List<Device> out = new ArrayList<>();
      for (BackendProvider p : Engine.get().backendProviders()) {
        if (p.availability().available()) {
          out.add(Device.of(p.name(), 0));
        } else {
          System.err.println(
              "[dl.testing] skipping backend " + p.name() + ": " + p.availability().reason());
        }
      }
      if (out.isEmpty()) {
        throw new IllegalStateException(
            "no available backend to test on; add"
                + " dl.backend.openblas (and its native modules) to the test module path");
      }
      cached = List.copyOf(out);
    }
    return cached;
  }
}
