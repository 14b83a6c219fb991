package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * Samples from a normal distribution with mean 0 and standard deviation {@code scale} (Chainer's
 * {@code initializers.Normal}).
 *
 * <p>Hyperparameters: {@code scale} — the standard deviation, default {@code 0.05}.
 *
 * <pre>{@code
 * Parameter w = new Parameter(new Normal(0.01), 10, 5);
 * }</pre>
 */
public final class Normal implements Initializer {
  public static final double DEFAULT_SCALE = 0.05;
  private final double scale;

  /** σ = 0.05. */
  public Normal() {
    this(DEFAULT_SCALE);
  }

  /** σ = {@code scale}. */
  public Normal(double scale) {
    this.scale = Sampling.checkScale("Normal", scale);
  }

  public double scale() {
    return scale;
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.normal("Normal", shape, dtype, backend, scale);
  }

  @Override
  public String toString() {
    return "Normal(scale=" + scale + ")";
  }
}
