package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * LeCun's uniform initializer (LeCun, Bottou, Orr and Müller, "Efficient BackProp", 1998),
 * Chainer's {@code initializers.LeCunUniform}: samples from U(−s, s) with {@code s =
 * scale·√(3/fanIn)} (so the variance is {@code scale²/fanIn}).
 *
 * <p>Hyperparameters: {@code scale}, default {@code 1.0}.
 *
 * <pre>{@code
 * Parameter w = new Parameter(new LeCunUniform(), 100, 784);
 * }</pre>
 */
public final class LeCunUniform implements Initializer {
  private final double scale;

  public LeCunUniform() {
    this(1.0);
  }

  public LeCunUniform(double scale) {
    this.scale = Sampling.checkScale("LeCunUniform", scale);
  }

  public double scale() {
    return scale;
  }

  /** The bound for a weight shape. */
  public double bound(int[] shape) {
    return scale * Math.sqrt(3.0 / Sampling.fanIn("LeCunUniform", shape));
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.uniform("LeCunUniform", shape, dtype, backend, bound(shape));
  }

  @Override
  public String toString() {
    return "LeCunUniform(scale=" + scale + ")";
  }
}
