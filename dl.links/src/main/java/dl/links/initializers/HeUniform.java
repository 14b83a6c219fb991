package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * He's uniform initializer (He, Zhang, Ren and Sun, "Delving Deep into Rectifiers: Surpassing
 * Human-Level Performance on ImageNet Classification", ICCV 2015), Chainer's {@code
 * initializers.HeUniform}: samples from U(−s, s) with {@code s = scale·√(6/fanIn)}.
 *
 * <p>Hyperparameters: {@code scale}, default {@code 1.0}.
 *
 * <pre>{@code
 * Parameter w = new Parameter(new HeUniform(), 100, 784);
 * }</pre>
 */
public final class HeUniform implements Initializer {
  private final double scale;

  public HeUniform() {
    this(1.0);
  }

  public HeUniform(double scale) {
    this.scale = Sampling.checkScale("HeUniform", scale);
  }

  public double scale() {
    return scale;
  }

  /** The bound for a weight shape. */
  public double bound(int[] shape) {
    return scale * Math.sqrt(6.0 / Sampling.fanIn("HeUniform", shape));
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.uniform("HeUniform", shape, dtype, backend, bound(shape));
  }

  @Override
  public String toString() {
    return "HeUniform(scale=" + scale + ")";
  }
}
