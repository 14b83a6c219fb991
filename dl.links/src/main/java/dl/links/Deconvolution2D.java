package dl.links;

import dl.api.Link;
import dl.api.spi.LinkProvider;

/**
 * A 2-d transposed convolution layer (Chainer's {@code L.Deconvolution2D}): {@link DeconvolutionND}
 * with {@code ndim = 2}, on x (B, C, H, W). Hyperparameters and defaults: {@code inChannels}
 * optional (lazy), {@code outChannels}, {@code ksize}, {@code stride} 1, {@code pad} 0, {@code
 * dilate} 1, {@code groups} 1, {@code nobias} false, {@code initialW} LeCunNormal, {@code
 * initialBias} 0.
 *
 * <pre>{@code
 * Deconvolution2D c = new Deconvolution2D(3, 16, 3, 1, 1);     // in 3, out 16, k 3, stride 1, pad 1
 * Deconvolution2D lazy = new Deconvolution2D(16, 3);           // in_channels from the first input
 * }</pre>
 */
public class Deconvolution2D extends DeconvolutionND {
  /** Every option. */
  public Deconvolution2D(ConvOptions o) {
    super(check(o));
  }

  /** Chainer's {@code Deconvolution2D(in, out, ksize, stride, pad)}. */
  public Deconvolution2D(int inChannels, int outChannels, int ksize, int stride, int pad) {
    this(ConvOptions.of(2, outChannels, ksize).inChannels(inChannels).stride(stride).pad(pad));
  }

  /** Chainer's {@code Deconvolution2D(in, out, ksize)}: stride 1, pad 0. */
  public Deconvolution2D(int inChannels, int outChannels, int ksize) {
    this(inChannels, outChannels, ksize, 1, 0);
  }

  /** A lazily initialised layer: {@code Deconvolution2D(out, ksize)}. */
  public Deconvolution2D(int outChannels, int ksize) {
    this(ConvOptions.of(2, outChannels, ksize));
  }

  private static ConvOptions check(ConvOptions o) {
    if (o.ndim != 2) {
      throw new IllegalArgumentException(
          "Deconvolution2D: options of ndim 2 expected, got " + o.ndim);
    }
    return o;
  }

  @Override
  protected Link newLike() {
    return new Deconvolution2D(spec);
  }

  /**
   * The provider behind {@code Engine.get().link("Deconvolution2D")} (DeconvolutionND's options).
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Deconvolution2D",
        opts -> new Deconvolution2D(ConvOptions.fromMap("Deconvolution2D", 2, opts, true)));
  }
}
