package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * Samples from the uniform distribution on {@code [-scale, scale)} (Chainer's {@code
 * initializers.Uniform}).
 *
 * <p>Hyperparameters: {@code scale} — the bound, default {@code 0.05}.
 *
 * <pre>{@code
 * Parameter w = new Parameter(new Uniform(0.1), 10, 5);
 * }</pre>
 */
public final class Uniform implements Initializer {
  public static final double DEFAULT_SCALE = 0.05;
  private final double scale;

  /** Bound 0.05. */
  public Uniform() {
    this(DEFAULT_SCALE);
  }

  public Uniform(double scale) {
    this.scale = Sampling.checkScale("Uniform", scale);
  }

  public double scale() {
    return scale;
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.uniform("Uniform", shape, dtype, backend, scale);
  }

  @Override
  public String toString() {
    return "Uniform(scale=" + scale + ")";
  }
}
