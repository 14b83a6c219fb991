package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;
import dl.api.Shapes;

/**
 * Fills a square 2-d parameter with {@code scale} times the identity matrix (Chainer's {@code
 * initializers.Identity}; used for recurrent weights, Le, Jaitly and Hinton, "A Simple Way to
 * Initialize Recurrent Networks of Rectified Linear Units", 2015).
 *
 * <p>Hyperparameters: {@code scale} — default {@code 1.0}.
 *
 * <pre>{@code
 * Parameter u = new Parameter(new Identity(0.5), 8, 8);
 * }</pre>
 */
public final class Identity implements Initializer {
  private final double scale;

  /** scale = 1. */
  public Identity() {
    this(1.0);
  }

  public Identity(double scale) {
    if (!Double.isFinite(scale)) {
      throw new IllegalArgumentException("Identity: scale must be finite, got " + scale);
    }
    this.scale = scale;
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    if (shape.length != 2 || shape[0] != shape[1]) {
      throw new IllegalArgumentException(
          "Identity: only square 2-d parameters can be initialised with the identity, got shape "
              + Shapes.str(shape));
    }
    int n = shape[0];
    double[] v = new double[n * n]; // built once on the host at initialisation
    for (int i = 0; i < n; i++) {
      v[i * n + i] = scale;
    }
    return backend.astype(backend.fromArray(v, n, n), dtype);
  }

  @Override
  public String toString() {
    return "Identity(scale=" + scale + ")";
  }
}
