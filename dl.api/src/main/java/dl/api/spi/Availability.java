package dl.api.spi;

/**
 * Whether a provider can be used here, and if not, why (e.g. "libcuda.so.1 not found").
 *
 * <pre>{@code
 * Availability a = Availability.unavailable("no NVIDIA driver");
 * assert !a.available() && a.reason().contains("driver");
 * }</pre>
 *
 * @param available whether the provider works here
 * @param reason why not, or a short description when it does
 */
public record Availability(boolean available, String reason) {
  /** An available provider. */
  public static Availability ok(String description) {
    return new Availability(true, description);
  }

  /** An unavailable provider with the reason. */
  public static Availability unavailable(String reason) {
    return new Availability(false, reason);
  }
}
