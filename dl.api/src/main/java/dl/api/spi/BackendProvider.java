package dl.api.spi;

import dl.api.Backend;

/**
 * Service descriptor of a compute backend. Discovery must stay cheap: {@link #name()}, {@link
 * #priority()} and construction load no native code; {@link #availability()} may probe (once,
 * cached) and {@link #create(int)} builds the backend for one device.
 *
 * <pre>{@code
 * // module-info.java of a backend plugin:
 * //   provides dl.api.spi.BackendProvider with my.backend.MyBackendProvider;
 * public final class MyBackendProvider implements BackendProvider {
 *   public String name() { return "mine"; }
 *   public int priority() { return 5; }
 *   public Availability availability() { return Availability.ok("pure Java"); }
 *   public int deviceCount() { return 1; }
 *   public Backend create(int index) { return new MyBackend(); }
 * }
 * }</pre>
 */
public interface BackendProvider {
  /** The device name prefix, e.g. {@code "cpu"}, {@code "cuda"}. */
  String name();

  /** Higher wins when choosing the default device among available backends. */
  int priority();

  /** Whether the backend works here; never throws. */
  Availability availability();

  /** Number of devices (1 for the CPU). */
  int deviceCount();

  /** The backend for device {@code index}; called at most once per device by the engine. */
  Backend create(int index);
}
