package dl.links;

import dl.api.ChainList;
import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import java.util.function.UnaryOperator;

/**
 * A two-dimensional MLP convolution layer of Network in Network (Chainer's {@code
 * L.MLPConvolution2D}; Lin, Chen and Yan, "Network In Network", 2014): a {@link Convolution2D} of
 * kernel {@code ksize} followed by 1×1 convolutions, children {@code /0, /1, ...}, with the
 * activation between them (not after the last one).
 *
 * <p>Hyperparameters and defaults: {@code inChannels} — optional, lazy; {@code outChannels} — the
 * output channels of each layer, required; {@code ksize} — required; {@code stride} 1; {@code pad}
 * 0; {@code activation} {@code F.relu}; {@code convInit} LeCunNormal; {@code biasInit} 0.
 *
 * <pre>{@code
 * MLPConvolution2D mlp = new MLPConvolution2D(3, new int[] {96, 96, 96}, 11, 4, 0);
 * }</pre>
 */
public class MLPConvolution2D extends ChainList {
  private final Integer inChannels;
  private final int[] outChannels;
  private final int ksize;
  private final int stride;
  private final int pad;
  private final UnaryOperator<Variable> activation;
  private final Initializer convInit;
  private final Initializer biasInit;

  /** Chainer's {@code MLPConvolution2D(in, out_channels, ksize, stride, pad)} with relu. */
  public MLPConvolution2D(int inChannels, int[] outChannels, int ksize, int stride, int pad) {
    this(inChannels, outChannels, ksize, stride, pad, null, null, null);
  }

  /** Every option; null {@code inChannels} is lazy, null activation/initializers the defaults. */
  public MLPConvolution2D(
      Integer inChannels,
      int[] outChannels,
      int ksize,
      int stride,
      int pad,
      UnaryOperator<Variable> activation,
      Initializer convInit,
      Initializer biasInit) {
    if (outChannels == null || outChannels.length == 0) {
      throw new IllegalArgumentException(
          "MLPConvolution2D: out_channels must hold at least one channel count");
    }
    this.inChannels = inChannels;
    this.outChannels = outChannels.clone();
    this.ksize = ksize;
    this.stride = stride;
    this.pad = pad;
    this.activation = activation == null ? F::relu : activation;
    this.convInit = convInit;
    this.biasInit = biasInit;
    ConvOptions first =
        ConvOptions.of(2, outChannels[0], ksize)
            .stride(stride)
            .pad(pad)
            .initialW(convInit)
            .initialBias(biasInit);
    if (inChannels != null) {
      first.inChannels(inChannels);
    }
    add(new Convolution2D(first));
    for (int i = 1; i < outChannels.length; i++) {
      add(
          new Convolution2D(
              ConvOptions.of(2, outChannels[i], 1)
                  .inChannels(outChannels[i - 1])
                  .initialW(convInit)
                  .initialBias(biasInit)));
    }
  }

  @Override
  protected Link newLike() {
    return new MLPConvolution2D(
        inChannels, outChannels, ksize, stride, pad, activation, convInit, biasInit);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable x = get(0).call(inputs);
    for (int i = 1; i < size(); i++) {
      x = get(i).call(activation.apply(x));
    }
    return x;
  }

  /**
   * The provider behind {@code Engine.get().link("MLPConvolution2D")}: options {@code in_channels},
   * {@code out_channels} (a list), {@code ksize}, {@code stride}, {@code pad}, {@code conv_init},
   * {@code bias_init} (relu activation).
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "MLPConvolution2D",
        opts -> {
          Options o =
              Options.of(
                  "MLPConvolution2D",
                  opts,
                  "in_channels",
                  "out_channels",
                  "ksize",
                  "stride",
                  "pad",
                  "conv_init",
                  "bias_init");
          Integer s = o.optionalInt("stride");
          Integer p = o.optionalInt("pad");
          return new MLPConvolution2D(
              o.optionalInt("in_channels"),
              o.shape("out_channels"),
              o.requiredInt("ksize"),
              s == null ? 1 : s,
              p == null ? 0 : p,
              null,
              o.initializer("conv_init"),
              o.initializer("bias_init"));
        });
  }
}
