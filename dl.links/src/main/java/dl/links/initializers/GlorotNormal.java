package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * Glorot's normal initializer (Glorot and Bengio, "Understanding the difficulty of training deep
 * feedforward neural networks", AISTATS 2010), Chainer's {@code initializers.GlorotNormal}: samples
 * from N(0, σ²) with {@code σ = scale·√(2/(fanIn+fanOut))}.
 *
 * <p>Hyperparameters: {@code scale}, default {@code 1.0}. {@code fanIn = shape[1]·prod(shape[2:])},
 * {@code fanOut = shape[0]·prod(shape[2:])}.
 *
 * <pre>{@code
 * Linear l = Linear.builder(10).initialW(new GlorotNormal()).build();
 * }</pre>
 */
public final class GlorotNormal implements Initializer {
  private final double scale;

  public GlorotNormal() {
    this(1.0);
  }

  public GlorotNormal(double scale) {
    this.scale = Sampling.checkScale("GlorotNormal", scale);
  }

  public double scale() {
    return scale;
  }

  /** The standard deviation for a weight shape. */
  public double std(int[] shape) {
    int fanIn = Sampling.fanIn("GlorotNormal", shape);
    int fanOut = Sampling.fanOut("GlorotNormal", shape);
    return scale * Math.sqrt(2.0 / (fanIn + fanOut));
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.normal("GlorotNormal", shape, dtype, backend, std(shape));
  }

  @Override
  public String toString() {
    return "GlorotNormal(scale=" + scale + ")";
  }
}
