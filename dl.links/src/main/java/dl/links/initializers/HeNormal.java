package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;

/**
 * He's normal initializer (He, Zhang, Ren and Sun, "Delving Deep into Rectifiers: Surpassing
 * Human-Level Performance on ImageNet Classification", ICCV 2015), Chainer's {@code
 * initializers.HeNormal}: samples from N(0, σ²) with {@code σ = scale·√(2/fan)}, where {@code fan}
 * is the fan-in or the fan-out.
 *
 * <p>Hyperparameters: {@code scale}, default {@code 1.0}; {@code fanOption}, default {@code
 * "fan_in"} (or {@code "fan_out"}).
 *
 * <pre>{@code
 * Initializer he = new HeNormal(1.0, "fan_out");
 * }</pre>
 */
public final class HeNormal implements Initializer {
  private final double scale;
  private final String fanOption;

  /** {@code scale = 1, fanOption = "fan_in"}. */
  public HeNormal() {
    this(1.0, "fan_in");
  }

  public HeNormal(double scale) {
    this(scale, "fan_in");
  }

  /** {@code fanOption} is {@code "fan_in"} or {@code "fan_out"}. */
  public HeNormal(double scale, String fanOption) {
    this.scale = Sampling.checkScale("HeNormal", scale);
    if (!"fan_in".equals(fanOption) && !"fan_out".equals(fanOption)) {
      throw new IllegalArgumentException(
          "HeNormal: fanOption must be \"fan_in\" or \"fan_out\","
              + " got "
              + (fanOption == null ? "null" : "\"" + fanOption + "\""));
    }
    this.fanOption = fanOption;
  }

  public double scale() {
    return scale;
  }

  public String fanOption() {
    return fanOption;
  }

  /** The standard deviation for a weight shape. */
  public double std(int[] shape) {
    int fan =
        "fan_in".equals(fanOption)
            ? Sampling.fanIn("HeNormal", shape)
            : Sampling.fanOut("HeNormal", shape);
    return scale * Math.sqrt(2.0 / fan);
  }

  @Override
  public NdArray generate(int[] shape, DType dtype, Backend backend) {
    return Sampling.normal("HeNormal", shape, dtype, backend, std(shape));
  }

  @Override
  public String toString() {
    return "HeNormal(scale=" + scale + ", fanOption=" + fanOption + ")";
  }
}
