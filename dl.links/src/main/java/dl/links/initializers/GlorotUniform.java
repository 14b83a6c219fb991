package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * Glorot's uniform initializer (Glorot and Bengio, "Understanding the difficulty of training deep
 * feedforward neural networks", AISTATS 2010), Chainer's {@code initializers.GlorotUniform}:
 * samples from U(−s, s) with {@code s = scale·√(6/(fanIn+fanOut))}.
 *
 * <p>Hyperparameters: {@code scale}, default {@code 1.0}.
 *
 * <pre>{@code
 * Parameter w = new Parameter(new GlorotUniform(), 100, 784);
 * }</pre>
 */
public final class GlorotUniform implements Initializer {
  private final double scale;

  public GlorotUniform() {
    this(1.0);
  }

  public GlorotUniform(double scale) {
    this.scale = Sampling.checkScale("GlorotUniform", scale);
  }

  public double scale() {
    return scale;
  }

  /** The bound for a weight shape. */
  public double bound(int[] shape) {
    int fanIn = Sampling.fanIn("GlorotUniform", shape);
    int fanOut = Sampling.fanOut("GlorotUniform", shape);
    return scale * Math.sqrt(6.0 / (fanIn + fanOut));
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.uniform("GlorotUniform", shape, dtype, backend, bound(shape));
  }

  @Override
  public String toString() {
    return "GlorotUniform(scale=" + scale + ")";
  }
}
