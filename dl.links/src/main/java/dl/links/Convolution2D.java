package dl.links;

import dl.api.Link;
import dl.api.spi.LinkProvider;

/**
 * A 2-d convolution layer (Chainer's {@code L.Convolution2D}): {@link ConvolutionND} with {@code
 * ndim = 2}, on x (B, C, H, W). Hyperparameters and defaults: {@code inChannels} optional (lazy),
 * {@code outChannels}, {@code ksize}, {@code stride} 1, {@code pad} 0, {@code dilate} 1, {@code
 * groups} 1, {@code nobias} false, {@code initialW} LeCunNormal, {@code initialBias} 0.
 *
 * <pre>{@code
 * Convolution2D c = new Convolution2D(3, 16, 3, 1, 1);     // in 3, out 16, k 3, stride 1, pad 1
 * Convolution2D lazy = new Convolution2D(16, 3);           // in_channels from the first input
 * }</pre>
 */
public class Convolution2D extends ConvolutionND {
  /** Every option. */
  public Convolution2D(ConvOptions o) {
    super(check(o));
  }

  /** Chainer's {@code Convolution2D(in, out, ksize, stride, pad)}. */
  public Convolution2D(int inChannels, int outChannels, int ksize, int stride, int pad) {
    this(ConvOptions.of(2, outChannels, ksize).inChannels(inChannels).stride(stride).pad(pad));
  }

  /** Chainer's {@code Convolution2D(in, out, ksize)}: stride 1, pad 0. */
  public Convolution2D(int inChannels, int outChannels, int ksize) {
    this(inChannels, outChannels, ksize, 1, 0);
  }

  /** A lazily initialised layer: {@code Convolution2D(out, ksize)}. */
  public Convolution2D(int outChannels, int ksize) {
    this(ConvOptions.of(2, outChannels, ksize));
  }

  private static ConvOptions check(ConvOptions o) {
    if (o.ndim != 2) {
      throw new IllegalArgumentException(
          "Convolution2D: options of ndim 2 expected, got " + o.ndim);
    }
    return o;
  }

  @Override
  protected Link newLike() {
    return new Convolution2D(spec);
  }

  /** The provider behind {@code Engine.get().link("Convolution2D")} (ConvolutionND's options). */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Convolution2D",
        opts -> new Convolution2D(ConvOptions.fromMap("Convolution2D", 2, opts, false)));
  }
}
