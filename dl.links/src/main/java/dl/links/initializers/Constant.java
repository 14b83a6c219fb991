package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * Fills a parameter with a constant (Chainer's {@code initializers.Constant}): a scalar, or an
 * array broadcast to the parameter's shape.
 *
 * <p>Hyperparameters: {@code fillValue} (no default).
 *
 * <pre>{@code
 * Parameter b = new Parameter(new Constant(0.1), 10);
 * }</pre>
 */
public class Constant implements Initializer {
  private final double fillValue;
  private final NdArray fillArray;

  /** Every element equals {@code fillValue}. */
  public Constant(double fillValue) {
    this.fillValue = fillValue;
    this.fillArray = null;
  }

  /** {@code fillArray} broadcast to the parameter's shape (NumPy rules) and cast to its dtype. */
  public Constant(NdArray fillArray) {
    if (fillArray == null) {
      throw new IllegalArgumentException("Constant: the fill array is null");
    }
    this.fillValue = Double.NaN;
    this.fillArray = fillArray;
  }

  /** The scalar fill value (NaN when an array fills). */
  public double fillValue() {
    return fillValue;
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    if (fillArray == null) {
      return backend.full(shape, fillValue, dtype);
    }
    NdArray out = backend.zeros(shape, dtype);
    backend.copyInto(out, fillArray.toDevice(backend.device()));
    return out;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "("
        + (fillArray == null ? fillValue : dl.api.Shapes.str(fillArray.shape()) + " array")
        + ")";
  }
}
