package dl.links;

import dl.api.Initializer;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.Parameter;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.LeCunNormal;
import dl.links.initializers.Zero;

/**
 * A depthwise 2-d convolution layer (Chainer's {@code L.DepthwiseConvolution2D}; Chollet,
 * "Xception: Deep Learning with Depthwise Separable Convolutions", 2017): each input channel is
 * convolved with its own {@code channelMultiplier} filters; weight {@code W (channelMultiplier,
 * inChannels, kh, kw)}, bias {@code (inChannels · channelMultiplier)}, output channel {@code
 * c·multiplier + m}.
 *
 * <p>Hyperparameters and defaults: {@code inChannels} — optional, lazy from {@code x.shape[1]} (the
 * bias then waits too, as in Chainer); {@code channelMultiplier}, {@code ksize} — required; {@code
 * stride} 1; {@code pad} 0; {@code nobias} false; {@code initialW} {@link LeCunNormal}; {@code
 * initialBias} 0.
 *
 * <pre>{@code
 * DepthwiseConvolution2D dw = new DepthwiseConvolution2D(3, 2, 3, 1, 1);  // 3 channels -> 6
 * }</pre>
 */
public class DepthwiseConvolution2D extends Link {
  /** The filters {@code (multiplier, in, kh, kw)}. */
  public final Parameter W;

  /** The bias {@code (in · multiplier)}, or null with {@code nobias}. */
  public final Parameter b;

  private final Integer inChannels;
  private final int multiplier;
  private final int ksize;
  private final int stride;
  private final int pad;
  private final boolean nobias;
  private final Initializer initialW;
  private final Initializer initialBias;

  /** Chainer's {@code DepthwiseConvolution2D(in, multiplier, ksize, stride, pad)}. */
  public DepthwiseConvolution2D(
      int inChannels, int channelMultiplier, int ksize, int stride, int pad) {
    this(inChannels, channelMultiplier, ksize, stride, pad, false, null, null);
  }

  /** Every option; {@code inChannels} null is lazy, null initializers take the defaults. */
  public DepthwiseConvolution2D(
      Integer inChannels,
      int channelMultiplier,
      int ksize,
      int stride,
      int pad,
      boolean nobias,
      Initializer initialW,
      Initializer initialBias) {
    if (channelMultiplier <= 0
        || ksize <= 0
        || stride <= 0
        || pad < 0
        || (inChannels != null && inChannels <= 0)) {
      throw new IllegalArgumentException(
          "DepthwiseConvolution2D: in_channels, channel_multiplier, ksize and stride must be"
              + " positive and pad >= 0, got "
              + inChannels
              + ", "
              + channelMultiplier
              + ", "
              + ksize
              + ", "
              + stride
              + ", "
              + pad);
    }
    this.inChannels = inChannels;
    this.multiplier = channelMultiplier;
    this.ksize = ksize;
    this.stride = stride;
    this.pad = pad;
    this.nobias = nobias;
    this.initialW = initialW;
    this.initialBias = initialBias;
    W = addParam("W", new Parameter(initialW == null ? new LeCunNormal() : initialW));
    b =
        nobias
            ? null
            : addParam("b", new Parameter(initialBias == null ? new Zero() : initialBias));
    if (inChannels != null) {
      init(inChannels);
    }
  }

  private void init(int in) {
    W.initialize(multiplier, in, ksize, ksize);
    if (b != null) {
      b.initialize(multiplier * in);
    }
  }

  @Override
  protected Link newLike() {
    return new DepthwiseConvolution2D(
        inChannels, multiplier, ksize, stride, pad, nobias, initialW, initialBias);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable x = ConvolutionND.checkInput(this, ConvOptions.of(2, 1, ksize), inputs);
    int c = x.shape()[1];
    if (!W.isInitialized()) {
      init(c);
    } else if (W.shape()[1] != c) {
      throw new InvalidTypeException(
          "DepthwiseConvolution2D "
              + path()
              + ": input channels mismatch\nExpect: x.shape[1] == "
              + W.shape()[1]
              + "\nActual: x.shape[1] == "
              + c
              + " (x shape "
              + Shapes.str(x.shape())
              + ")");
    }
    return F.depthwiseConvolution2d(x, W, b, stride, pad);
  }

  /**
   * The provider behind {@code Engine.get().link("DepthwiseConvolution2D")}: options {@code
   * in_channels}, {@code channel_multiplier}, {@code ksize}, {@code stride}, {@code pad}, {@code
   * nobias}, {@code initialW}, {@code initial_bias}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "DepthwiseConvolution2D",
        opts -> {
          Options o =
              Options.of(
                  "DepthwiseConvolution2D",
                  opts,
                  "in_channels",
                  "channel_multiplier",
                  "ksize",
                  "stride",
                  "pad",
                  "nobias",
                  "initialW",
                  "initial_bias");
          Integer s = o.optionalInt("stride");
          Integer p = o.optionalInt("pad");
          return new DepthwiseConvolution2D(
              o.optionalInt("in_channels"),
              o.requiredInt("channel_multiplier"),
              o.requiredInt("ksize"),
              s == null ? 1 : s,
              p == null ? 0 : p,
              o.bool("nobias", false),
              o.initializer("initialW"),
              o.initializer("initial_bias"));
        });
  }
}
