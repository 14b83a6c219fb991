package dl.api;

import java.util.Objects;

/**
 * A place where arrays live: a backend name and an index, written {@code "cpu"} or {@code
 * "cuda:0"}. Devices are values; the backend behind one is found with {@link #backend()}.
 *
 * <pre>{@code
 * Device d = Device.of("cuda:1");
 * assert d.backendName().equals("cuda") && d.index() == 1;
 * Device cpu = Device.of("cpu");     // the same as Device.of("cpu:0")
 * }</pre>
 */
public final class Device {
  private final String backendName;
  private final int index;

  private Device(String backendName, int index) {
    this.backendName = backendName;
    this.index = index;
  }

  /** The device with the given backend name and index. */
  public static Device of(String backendName, int index) {
    if (backendName == null
        || backendName.isEmpty()
        || !backendName.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("device: invalid backend name '" + backendName + "'");
    }
    if (index < 0) {
      throw new IllegalArgumentException(
          "device " + backendName + ": index must be >= 0, got " + index);
    }
    return new Device(backendName, index);
  }

  /**
   * Parses {@code "name"} or {@code "name:index"}, e.g. {@code "cpu"} or {@code "cuda:0"}. A name
   * no backend on the module path provides fails here, listing the known ones (without an engine,
   * as in dl.api alone, the name is checked when the device is used).
   */
  public static Device of(String spec) {
    Objects.requireNonNull(spec, "device spec");
    int colon = spec.indexOf(':');
    if (colon < 0) {
      return known(spec, of(spec.trim(), 0));
    }
    String name = spec.substring(0, colon).trim();
    String idx = spec.substring(colon + 1).trim();
    try {
      return known(spec, of(name, Integer.parseInt(idx)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "device '"
              + spec
              + "': expected NAME or NAME:INDEX with an integer index, got index '"
              + idx
              + "'");
    }
  }

  private static Device known(String spec, Device d) {
    if (java.util.ServiceLoader.load(dl.api.spi.Engine.class).stream().findAny().isEmpty()) {
      return d;
    }
    java.util.List<String> names = new java.util.ArrayList<>();
    for (dl.api.spi.BackendProvider p : dl.api.spi.Engine.get().backendProviders()) {
      names.add(p.name());
    }
    if (!names.contains(d.backendName)) {
      throw new IllegalArgumentException(
          "Device.of: invalid argument spec\nExpect: a known backend as NAME or NAME:INDEX ("
              + String.join(", ", names)
              + "; e.g. cpu, cuda:0)\nActual: '"
              + spec
              + "' (no backend named '"
              + d.backendName
              + "')");
    }
    return d;
  }

  /** The CPU device. */
  public static Device cpu() {
    return of("cpu", 0);
  }

  /** The name of the backend that owns this device, e.g. {@code "cuda"}. */
  public String backendName() {
    return backendName;
  }

  /** The device number within its backend. */
  public int index() {
    return index;
  }

  /** The backend that serves this device, resolved by the engine. */
  public Backend backend() {
    return dl.api.spi.Engine.get().backend(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Device
        && ((Device) o).backendName.equals(backendName)
        && ((Device) o).index == index;
  }

  @Override
  public int hashCode() {
    return backendName.hashCode() * 31 + index;
  }

  @Override
  public String toString() {
    return index == 0 && !backendName.equals("cuda") ? backendName : backendName + ":" + index;
  }
}
