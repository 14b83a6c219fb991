package dl.links;

import dl.api.Link;
import dl.api.spi.LinkProvider;

/**
 * A 1-d convolution layer (Chainer's {@code L.Convolution1D}): {@link ConvolutionND} with {@code
 * ndim = 1}, on x (B, C, L). Hyperparameters and defaults: {@code inChannels} optional (lazy),
 * {@code outChannels}, {@code ksize}, {@code stride} 1, {@code pad} 0, {@code dilate} 1, {@code
 * groups} 1, {@code nobias} false, {@code initialW} LeCunNormal, {@code initialBias} 0.
 *
 * <pre>{@code
 * Convolution1D c = new Convolution1D(3, 16, 3, 1, 1);     // in 3, out 16, k 3, stride 1, pad 1
 * Convolution1D lazy = new Convolution1D(16, 3);           // in_channels from the first input
 * }</pre>
 */
public class Convolution1D extends ConvolutionND {
  /** Every option. */
  public Convolution1D(ConvOptions o) {
    super(check(o));
  }

  /** Chainer's {@code Convolution1D(in, out, ksize, stride, pad)}. */
  public Convolution1D(int inChannels, int outChannels, int ksize, int stride, int pad) {
    this(ConvOptions.of(1, outChannels, ksize).inChannels(inChannels).stride(stride).pad(pad));
  }

  /** Chainer's {@code Convolution1D(in, out, ksize)}: stride 1, pad 0. */
  public Convolution1D(int inChannels, int outChannels, int ksize) {
    this(inChannels, outChannels, ksize, 1, 0);
  }

  /** A lazily initialised layer: {@code Convolution1D(out, ksize)}. */
  public Convolution1D(int outChannels, int ksize) {
    this(ConvOptions.of(1, outChannels, ksize));
  }

  private static ConvOptions check(ConvOptions o) {
    if (o.ndim != 1) {
      throw new IllegalArgumentException(
          "Convolution1D: options of ndim 1 expected, got " + o.ndim);
    }
    return o;
  }

  @Override
  protected Link newLike() {
    return new Convolution1D(spec);
  }

  /** The provider behind {@code Engine.get().link("Convolution1D")} (ConvolutionND's options). */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Convolution1D",
        opts -> new Convolution1D(ConvOptions.fromMap("Convolution1D", 1, opts, false)));
  }
}
