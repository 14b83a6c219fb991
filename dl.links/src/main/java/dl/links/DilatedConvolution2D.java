package dl.links;

import dl.api.Link;
import dl.api.spi.LinkProvider;

/**
 * A dilated 2-d convolution layer (Chainer's {@code L.DilatedConvolution2D}; Yu and Koltun,
 * "Multi-Scale Context Aggregation by Dilated Convolutions", 2016): a {@link Convolution2D} whose
 * filter taps are {@code dilate} pixels apart. Hyperparameters and defaults: {@code inChannels}
 * optional (lazy), {@code outChannels}, {@code ksize}, {@code stride} 1, {@code pad} 0, {@code
 * dilate} 1, {@code nobias} false, {@code initialW} LeCunNormal, {@code initialBias} 0.
 *
 * <pre>{@code
 * DilatedConvolution2D c = new DilatedConvolution2D(3, 8, 3, 1, 2, 2);  // dilate 2, pad 2
 * }</pre>
 */
public class DilatedConvolution2D extends Convolution2D {
  /** Every option. */
  public DilatedConvolution2D(ConvOptions o) {
    super(o);
  }

  /** Chainer's {@code DilatedConvolution2D(in, out, ksize, stride, pad, dilate)}. */
  public DilatedConvolution2D(
      int inChannels, int outChannels, int ksize, int stride, int pad, int dilate) {
    this(
        ConvOptions.of(2, outChannels, ksize)
            .inChannels(inChannels)
            .stride(stride)
            .pad(pad)
            .dilate(dilate));
  }

  @Override
  protected Link newLike() {
    return new DilatedConvolution2D(spec);
  }

  /** The provider behind {@code Engine.get().link("DilatedConvolution2D")}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "DilatedConvolution2D",
        opts ->
            new DilatedConvolution2D(ConvOptions.fromMap("DilatedConvolution2D", 2, opts, false)));
  }
}
