package dl.links;

import dl.api.Chain;
import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;

/**
 * The Inception module of GoogLeNet (Chainer's {@code L.Inception}; Szegedy et al., "Going Deeper
 * with Convolutions", 2015): four branches concatenated on the channel axis and passed through relu
 * — a 1×1 convolution ({@code conv1}); 1×1 then 3×3 ({@code proj3}, {@code conv3}, pad 1); 1×1 then
 * 5×5 ({@code proj5}, {@code conv5}, pad 2), with relu after each projection; and 3×3 max pooling
 * (stride 1, pad 1) then 1×1 ({@code projp}). Output channels: {@code out1 + out3 + out5 +
 * projPool}.
 *
 * <p>Hyperparameters: {@code inChannels} (null: lazy), {@code out1}, {@code proj3}, {@code out3},
 * {@code proj5}, {@code out5}, {@code projPool} — required; {@code convInit} LeCunNormal; {@code
 * biasInit} 0.
 *
 * <pre>{@code
 * Inception inc = new Inception(192, 64, 96, 128, 16, 32, 32);   // GoogLeNet's inc3a
 * }</pre>
 */
public class Inception extends Chain {
  public final Convolution2D conv1;
  public final Convolution2D proj3;
  public final Convolution2D conv3;
  public final Convolution2D proj5;
  public final Convolution2D conv5;
  public final Convolution2D projp;

  private final int[] sizes;
  private final Integer in;
  private final Initializer convInit;
  private final Initializer biasInit;

  public Inception(
      Integer inChannels, int out1, int proj3, int out3, int proj5, int out5, int projPool) {
    this(inChannels, new int[] {out1, proj3, out3, proj5, out5, projPool}, null, null);
  }

  /** {@code sizes = {out1, proj3, out3, proj5, out5, projPool}}; null initializers: defaults. */
  public Inception(Integer inChannels, int[] sizes, Initializer convInit, Initializer biasInit) {
    if (sizes.length != 6) {
      throw new IllegalArgumentException(
          "Inception: expected 6 sizes (out1, proj3, out3, proj5, out5, proj_pool), got "
              + sizes.length);
    }
    this.in = inChannels;
    this.sizes = sizes.clone();
    this.convInit = convInit;
    this.biasInit = biasInit;
    conv1 = addLink("conv1", conv(inChannels, sizes[0], 1, 0));
    proj3 = addLink("proj3", conv(inChannels, sizes[1], 1, 0));
    conv3 = addLink("conv3", conv(sizes[1], sizes[2], 3, 1));
    proj5 = addLink("proj5", conv(inChannels, sizes[3], 1, 0));
    conv5 = addLink("conv5", conv(sizes[3], sizes[4], 5, 2));
    projp = addLink("projp", conv(inChannels, sizes[5], 1, 0));
  }

  private Convolution2D conv(Integer inCh, int out, int k, int pad) {
    ConvOptions o = ConvOptions.of(2, out, k).pad(pad).initialW(convInit).initialBias(biasInit);
    if (inCh != null) {
      o.inChannels(inCh);
    }
    return new Convolution2D(o);
  }

  @Override
  protected Link newLike() {
    return new Inception(in, sizes, convInit, biasInit);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable x = inputs[0];
    Variable out1 = conv1.call(x);
    Variable out3 = conv3.call(F.relu(proj3.call(x)));
    Variable out5 = conv5.call(F.relu(proj5.call(x)));
    Variable pool = projp.call(F.maxPooling2d(x, 3, 1, 1, true));
    return F.relu(F.concat(new Variable[] {out1, out3, out5, pool}, 1));
  }

  /**
   * The provider behind {@code Engine.get().link("Inception")}: options {@code in_channels}, {@code
   * out1}, {@code proj3}, {@code out3}, {@code proj5}, {@code out5}, {@code proj_pool}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Inception",
        opts -> {
          Options o =
              Options.of(
                  "Inception",
                  opts,
                  "in_channels",
                  "out1",
                  "proj3",
                  "out3",
                  "proj5",
                  "out5",
                  "proj_pool");
          return new Inception(
              o.optionalInt("in_channels"),
              o.requiredInt("out1"),
              o.requiredInt("proj3"),
              o.requiredInt("out3"),
              o.requiredInt("proj5"),
              o.requiredInt("out5"),
              o.requiredInt("proj_pool"));
        });
  }
}
