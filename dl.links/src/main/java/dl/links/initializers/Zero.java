package dl.links.initializers;

/**
 * Fills a parameter with zeros (Chainer's {@code initializers.Zero}); the default bias of {@code
 * Linear}.
 *
 * <pre>{@code
 * Parameter b = new Parameter(new Zero(), 10);
 * }</pre>
 */
public final class Zero extends Constant {
  public Zero() {
    super(0.0);
  }

  @Override
  public String toString() {
    return "Zero";
  }
}
