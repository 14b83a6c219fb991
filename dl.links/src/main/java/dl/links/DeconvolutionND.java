package dl.links;

import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.Parameter;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.LeCunNormal;

/**
 * An N-dimensional transposed convolution layer (Chainer's {@code L.DeconvolutionND}; Zeiler et
 * al., "Deconvolutional Networks", 2010): weight {@code W} of shape {@code (inChannels, outChannels
 * / groups, k_1, ..., k_N)} and bias {@code (outChannels)}, applied with {@code F.deconvolutionNd}.
 *
 * <p>Hyperparameters and defaults (see {@link ConvOptions}): {@code inChannels} — optional, lazy
 * from {@code x.shape[1]}; {@code outChannels}, {@code ksize} — required; {@code stride} 1; {@code
 * pad} 0; {@code dilate} 1; {@code groups} 1; {@code outsize} — Chainer's {@code
 * get_deconv_outsize} when absent; {@code nobias} false; {@code initialW} {@link LeCunNormal};
 * {@code initialBias} 0.
 *
 * <pre>{@code
 * DeconvolutionND up = new DeconvolutionND(ConvOptions.of(2, 8, 4).stride(2).pad(1));
 * }</pre>
 */
public class DeconvolutionND extends Link {
  /** The filter {@code (in, out / groups, k...)}; uninitialised until the first call when lazy. */
  public final Parameter W;

  /** The bias {@code (out)}, or null with {@code nobias}. */
  public final Parameter b;

  final ConvOptions spec;

  /** A layer with the given options. */
  public DeconvolutionND(ConvOptions o) {
    spec = o.copy();
    W = addParam("W", o.newWeight());
    if (o.inChannels != null) {
      initW(o.inChannels);
    }
    Parameter bias = o.newBias();
    b = bias == null ? null : addParam("b", bias);
  }

  private void initW(int in) {
    W.initialize(spec.filterShape(getClass().getSimpleName(), in, true));
  }

  @Override
  protected Link newLike() {
    return new DeconvolutionND(spec);
  }

  /** Input channels, or -1 while the weight is not initialised. */
  public int inChannels() {
    return W.isInitialized() ? W.shape()[0] : -1;
  }

  public int outChannels() {
    return spec.outChannels;
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable x = ConvolutionND.checkInput(this, spec, inputs);
    int c = x.shape()[1];
    if (!W.isInitialized()) {
      initW(c);
    } else if (inChannels() != c) {
      throw new InvalidTypeException(
          getClass().getSimpleName()
              + " "
              + path()
              + ": input channels mismatch\nExpect: x.shape[1] == "
              + inChannels()
              + " (W shape "
              + Shapes.str(W.shape())
              + ")\nActual: x.shape[1] == "
              + c
              + " (x shape "
              + Shapes.str(x.shape())
              + ")");
    }
    return F.deconvolutionNd(
        x, W, b, spec.stride, spec.pad, spec.outsize, spec.dilate, spec.groups);
  }

  /**
   * The provider behind {@code Engine.get().link("DeconvolutionND")}: options {@code ndim}, {@code
   * in_channels}, {@code out_channels}, {@code ksize}, {@code stride}, {@code pad}, {@code dilate},
   * {@code groups}, {@code outsize}, {@code nobias}, {@code initialW}, {@code initial_bias}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "DeconvolutionND",
        opts -> new DeconvolutionND(ConvOptions.fromMap("DeconvolutionND", 0, opts, true)));
  }
}
