package dl.links.initializers;

/**
 * Fills a parameter with ones (Chainer's {@code initializers.One}); e.g. the scale γ of batch
 * normalisation.
 *
 * <pre>{@code
 * Parameter gamma = new Parameter(new One(), 64);
 * }</pre>
 */
public final class One extends Constant {
  public One() {
    super(1.0);
  }

  @Override
  public String toString() {
    return "One";
  }
}
