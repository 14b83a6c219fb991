package dl.api;

/**
 * A configuration change that lasts until {@link #close()}; use it in try-with-resources.
 *
 * <pre>{@code
 * try (Scope s = Config.noBackpropMode()) {
 *   Variable y = model.call(x);   // no graph is recorded here
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Scope extends AutoCloseable {
  /** Restores what the scope changed. */
  @Override
  void close();
}
