package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * LeCun's normal initializer (LeCun, Bottou, Orr and Müller, "Efficient BackProp", 1998), Chainer's
 * {@code initializers.LeCunNormal}: samples from N(0, σ²) with {@code σ = scale·√(1/fanIn)}. The
 * default weight initializer of {@code Linear} and the convolutions.
 *
 * <p>Hyperparameters: {@code scale}, default {@code 1.0}. The shape must have at least two axes;
 * {@code fanIn = shape[1]·prod(shape[2:])}.
 *
 * <pre>{@code
 * Parameter w = new Parameter(new LeCunNormal(), 100, 784);   // σ = 1/28
 * }</pre>
 */
public final class LeCunNormal implements Initializer {
  private final double scale;

  /** {@code scale = 1}. */
  public LeCunNormal() {
    this(1.0);
  }

  public LeCunNormal(double scale) {
    this.scale = Sampling.checkScale("LeCunNormal", scale);
  }

  public double scale() {
    return scale;
  }

  /** The standard deviation for a weight shape. */
  public double std(int[] shape) {
    return scale * Math.sqrt(1.0 / Sampling.fanIn("LeCunNormal", shape));
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.normal("LeCunNormal", shape, dtype, backend, std(shape));
  }

  @Override
  public String toString() {
    return "LeCunNormal(scale=" + scale + ")";
  }
}
