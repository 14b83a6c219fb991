package dl.links;

import dl.api.Link;
import dl.api.spi.LinkProvider;

/**
 * A 3-d convolution layer (Chainer's {@code L.Convolution3D}): {@link ConvolutionND} with {@code
 * ndim = 3}, on x (B, C, D, H, W). Hyperparameters and defaults: {@code inChannels} optional
 * (lazy), {@code outChannels}, {@code ksize}, {@code stride} 1, {@code pad} 0, {@code dilate} 1,
 * {@code groups} 1, {@code nobias} false, {@code initialW} LeCunNormal, {@code initialBias} 0.
 *
 * <pre>{@code
 * Convolution3D c = new Convolution3D(3, 16, 3, 1, 1);     // in 3, out 16, k 3, stride 1, pad 1
 * Convolution3D lazy = new Convolution3D(16, 3);           // in_channels from the first input
 * }</pre>
 */
public class Convolution3D extends ConvolutionND {
  /** Every option. */
  public Convolution3D(ConvOptions o) {
    super(check(o));
  }

  /** Chainer's {@code Convolution3D(in, out, ksize, stride, pad)}. */
  public Convolution3D(int inChannels, int outChannels, int ksize, int stride, int pad) {
    this(ConvOptions.of(3, outChannels, ksize).inChannels(inChannels).stride(stride).pad(pad));
  }

  /** Chainer's {@code Convolution3D(in, out, ksize)}: stride 1, pad 0. */
  public Convolution3D(int inChannels, int outChannels, int ksize) {
    this(inChannels, outChannels, ksize, 1, 0);
  }

  /** A lazily initialised layer: {@code Convolution3D(out, ksize)}. */
  public Convolution3D(int outChannels, int ksize) {
    this(ConvOptions.of(3, outChannels, ksize));
  }

  private static ConvOptions check(ConvOptions o) {
    if (o.ndim != 3) {
      throw new IllegalArgumentException(
          "Convolution3D: options of ndim 3 expected, got " + o.ndim);
    }
    return o;
  }

  @Override
  protected Link newLike() {
    return new Convolution3D(spec);
  }

  /** The provider behind {@code Engine.get().link("Convolution3D")} (ConvolutionND's options). */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Convolution3D",
        opts -> new Convolution3D(ConvOptions.fromMap("Convolution3D", 3, opts, false)));
  }
}
