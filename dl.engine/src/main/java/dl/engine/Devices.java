package dl.engine;

import dl.api.Backend;
import dl.api.Device;
import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Device resolution: backends by name, their availability (probed once, only when a device of that
 * backend is asked for or the default device is chosen), and one backend per device.
 */
final class Devices {
  private final Registry<BackendProvider> providers =
      new Registry<>("backend", BackendProvider.class, BackendProvider::name, Object::getClass);
  private final Map<String, Availability> availability = new ConcurrentHashMap<>();
  private final Map<Device, Backend> backends = new ConcurrentHashMap<>();
  private volatile Device defaultDevice;

  Registry<BackendProvider> registry() {
    return providers;
  }

  List<BackendProvider> providers() {
    return providers.all();
  }

  private Availability availability(BackendProvider p) {
    return availability.computeIfAbsent(
        p.name(),
        k -> {
          try {
            return p.availability();
          } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable(e.toString());
          }
        });
  }

  Backend backend(Device device) {
    Backend b = backends.get(device);
    if (b != null) {
      return b;
    }
    synchronized (this) {
      b = backends.get(device);
      if (b == null) {
        b = create(device);
        backends.put(device, b);
      }
      return b;
    }
  }

  private Backend create(Device device) {
    BackendProvider p;
    try {
      p = providers.get(device.backendName());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("device " + device + ": " + e.getMessage());
    }
    Availability a = availability(p);
    if (!a.available()) {
      throw new IllegalStateException(
          "device " + device + ": backend " + p.name() + " is unavailable: " + a.reason());
    }
    if (device.index() >= p.deviceCount()) {
      throw new IllegalArgumentException(
          "device "
              + device
              + ": backend "
              + p.name()
              + " has "
              + p.deviceCount()
              + " device(s), index must be < "
              + p.deviceCount());
    }
    return p.create(device.index());
  }

  Device defaultDevice() {
    Device d = defaultDevice;
    if (d == null) {
      String env = System.getenv("CATENA_DEVICE");
      if (env != null && !env.isBlank()) {
        d = Device.of(env);
      } else {
        StringBuilder why = new StringBuilder();
        d =
            providers.all().stream()
                .sorted(Comparator.comparingInt(BackendProvider::priority).reversed())
                .filter(
                    p -> {
                      Availability a = availability(p);
                      if (!a.available()) {
                        why.append("; ").append(p.name()).append(": ").append(a.reason());
                      }
                      return a.available();
                    })
                .findFirst()
                .map(p -> Device.of(p.name(), 0))
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no available compute backend on the module path"
                                + " (add dl.backend.openblas and its native modules)"
                                + why
                                + (providers.failures().isEmpty()
                                    ? ""
                                    : "; failed: " + providers.failures())));
      }
      defaultDevice = d;
    }
    return d;
  }

  /** A human-readable list of backends and their availability. */
  String describe() {
    StringBuilder b = new StringBuilder();
    for (BackendProvider p : providers.all()) {
      Availability a = availability(p);
      b.append(p.name())
          .append(": ")
          .append(a.available() ? "available" : "unavailable")
          .append(" — ")
          .append(a.reason())
          .append('\n');
    }
    return b.toString();
  }
}
