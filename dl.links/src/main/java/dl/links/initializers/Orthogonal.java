package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;
import dl.api.Shapes;

/**
 * Fills a parameter with a random orthogonal matrix times {@code scale} (Chainer's {@code
 * initializers.Orthogonal}; Saxe, McClelland and Ganguli, "Exact solutions to the nonlinear
 * dynamics of learning in deep linear neural networks", ICLR 2014). The parameter is seen as a
 * matrix of {@code shape[0]} rows by {@code prod(shape[1:])} columns; its rows are orthonormal when
 * there are no more rows than columns, otherwise its columns are (Chainer's {@code mirror_dir =
 * 'auto'}). The matrix is the orthonormalised (Gram–Schmidt, i.e. QR with a positive diagonal) form
 * of a standard normal sample, which is Haar-distributed.
 *
 * <p>Hyperparameters: {@code scale} — default {@code 1.1} (Chainer's default).
 *
 * <pre>{@code
 * Parameter w = new Parameter(new Orthogonal(), 64, 32);
 * }</pre>
 */
public final class Orthogonal implements Initializer {
  public static final double DEFAULT_SCALE = 1.1;
  private final double scale;

  public Orthogonal() {
    this(DEFAULT_SCALE);
  }

  public Orthogonal(double scale) {
    this.scale = Sampling.checkScale("Orthogonal", scale);
  }

  public double scale() {
    return scale;
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    if (shape.length == 0) {
      throw new IllegalArgumentException("Orthogonal: a 0-d parameter has no orthogonal form");
    }
    int rows = shape[0];
    int cols = 1;
    for (int i = 1; i < shape.length; i++) {
      cols *= shape[i];
    }
    if (rows * cols == 0) {
      throw new IllegalArgumentException(
          "Orthogonal: the parameter must be non-empty, got shape " + Shapes.str(shape));
    }
    boolean byRows = rows <= cols;
    int k = byRows ? rows : cols; // vectors to orthonormalise
    int d = byRows ? cols : rows; // their length
    NdArray sample = Sampling.normal("Orthogonal", new int[] {k, d}, DType.FLOAT64, backend, 1);
    double[] q = sample.toDoubleArray();
    // modified Gram–Schmidt on the k rows of q (k <= d), done once on the host at initialisation
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double dot = 0;
        for (int t = 0; t < d; t++) {
          dot += q[i * d + t] * q[j * d + t];
        }
        for (int t = 0; t < d; t++) {
          q[i * d + t] -= dot * q[j * d + t];
        }
      }
      double norm = 0;
      for (int t = 0; t < d; t++) {
        norm += q[i * d + t] * q[i * d + t];
      }
      norm = Math.sqrt(norm);
      for (int t = 0; t < d; t++) {
        q[i * d + t] /= norm; // unit length: later projections rely on it
      }
    }
    for (int t = 0; t < q.length; t++) {
      q[t] *= scale;
    }
    NdArray m = backend.fromArray(q, k, d);
    if (!byRows) {
      m = backend.copy(backend.transpose(m, 1, 0));
    }
    return backend.astype(backend.reshape(m, shape), dtype);
  }

  @Override
  public String toString() {
    return "Orthogonal(scale=" + scale + ")";
  }
}
