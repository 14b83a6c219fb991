package dl.links;

import dl.api.Link;
import dl.api.spi.LinkProvider;

/**
 * A 3-d transposed convolution layer (Chainer's {@code L.Deconvolution3D}): {@link DeconvolutionND}
 * with {@code ndim = 3}, on x (B, C, D, H, W). Hyperparameters and defaults: {@code inChannels}
 * optional (lazy), {@code outChannels}, {@code ksize}, {@code stride} 1, {@code pad} 0, {@code
 * dilate} 1, {@code groups} 1, {@code nobias} false, {@code initialW} LeCunNormal, {@code
 * initialBias} 0.
 *
 * <pre>{@code
 * Deconvolution3D c = new Deconvolution3D(3, 16, 3, 1, 1);     // in 3, out 16, k 3, stride 1, pad 1
 * Deconvolution3D lazy = new Deconvolution3D(16, 3);           // in_channels from the first input
 * }</pre>
 */
public class Deconvolution3D extends DeconvolutionND {
  /** Every option. */
  public Deconvolution3D(ConvOptions o) {
    super(check(o));
  }

  /** Chainer's {@code Deconvolution3D(in, out, ksize, stride, pad)}. */
  public Deconvolution3D(int inChannels, int outChannels, int ksize, int stride, int pad) {
    this(ConvOptions.of(3, outChannels, ksize).inChannels(inChannels).stride(stride).pad(pad));
  }

  /** Chainer's {@code Deconvolution3D(in, out, ksize)}: stride 1, pad 0. */
  public Deconvolution3D(int inChannels, int outChannels, int ksize) {
    this(inChannels, outChannels, ksize, 1, 0);
  }

  /** A lazily initialised layer: {@code Deconvolution3D(out, ksize)}. */
  public Deconvolution3D(int outChannels, int ksize) {
    this(ConvOptions.of(3, outChannels, ksize));
  }

  private static ConvOptions check(ConvOptions o) {
    if (o.ndim != 3) {
      throw new IllegalArgumentException(
          "Deconvolution3D: options of ndim 3 expected, got " + o.ndim);
    }
    return o;
  }

  @Override
  protected Link newLike() {
    return new Deconvolution3D(spec);
  }

  /**
   * The provider behind {@code Engine.get().link("Deconvolution3D")} (DeconvolutionND's options).
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Deconvolution3D",
        opts -> new Deconvolution3D(ConvOptions.fromMap("Deconvolution3D", 3, opts, true)));
  }
}
