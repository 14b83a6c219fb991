package dl.links.initializers;

/**
 * Fills a parameter with NaN (Chainer's {@code initializers.NaN}), so that reading a parameter
 * before it is really set shows at once.
 *
 * <pre>{@code
 * Parameter w = new Parameter(new NaN(), 3, 4);
 * }</pre>
 */
public final class NaN extends Constant {
  public NaN() {
    super(Double.NaN);
  }

  @Override
  public String toString() {
    return "NaN";
  }
}
