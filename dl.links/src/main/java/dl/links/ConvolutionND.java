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
 * An N-dimensional convolution layer (Chainer's {@code L.ConvolutionND}; LeCun et al., "Gradient
 * based learning applied to document recognition", 1998): weight {@code W} of shape {@code
 * (outChannels, inChannels / groups, k_1, ..., k_N)} and bias {@code b} of shape {@code
 * (outChannels)}, applied with {@code F.convolutionNd}.
 *
 * <p>Hyperparameters and defaults (see {@link ConvOptions}): {@code inChannels} — optional, lazy
 * from {@code x.shape[1]} when absent; {@code outChannels}, {@code ksize} — required; {@code
 * stride} 1; {@code pad} 0; {@code dilate} 1; {@code groups} 1; {@code nobias} false; {@code
 * coverAll} false; {@code initialW} {@link LeCunNormal}; {@code initialBias} 0.
 *
 * <pre>{@code
 * ConvolutionND c = new ConvolutionND(ConvOptions.of(3, 8, 3).inChannels(4).pad(1));
 * Variable y = c.call(x);   // x (B, 4, D, H, W)
 * }</pre>
 */
public class ConvolutionND extends Link {
  /** The filter, {@code (out, in / groups, k...)}; uninitialised until the first call when lazy. */
  public final Parameter W;

  /** The bias {@code (out)}, or null with {@code nobias}. */
  public final Parameter b;

  final ConvOptions spec;

  /** A layer with the given options. */
  public ConvolutionND(ConvOptions o) {
    spec = o.copy();
    W = addParam("W", o.newWeight());
    if (o.inChannels != null) {
      initW(o.inChannels);
    }
    Parameter bias = o.newBias();
    b = bias == null ? null : addParam("b", bias);
  }

  private void initW(int in) {
    W.initialize(spec.filterShape(getClass().getSimpleName(), in, false));
  }

  @Override
  protected Link newLike() {
    return new ConvolutionND(spec);
  }

  /** Input channels, or -1 while the weight is not initialised. */
  public int inChannels() {
    return W.isInitialized() ? W.shape()[1] * spec.groups : -1;
  }

  public int outChannels() {
    return spec.outChannels;
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable x = checkInput(this, spec, inputs);
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
    return F.convolutionNd(x, W, b, spec.stride, spec.pad, spec.coverAll, spec.dilate, spec.groups);
  }

  /** The single input, with {@code ndim + 2} axes; errors name the link path. */
  static Variable checkInput(Link l, ConvOptions spec, Variable[] inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          l.getClass().getSimpleName()
              + " "
              + l.path()
              + ": expected one input, got "
              + inputs.length);
    }
    Variable x = inputs[0];
    if (x.array() == null || x.ndim() != spec.ndim + 2) {
      throw new InvalidTypeException(
          l.getClass().getSimpleName()
              + " "
              + l.path()
              + ": the input must be (batch, channels, "
              + spec.ndim
              + " spatial axes)\nExpect: x.ndim == "
              + (spec.ndim + 2)
              + "\nActual: "
              + (x.array() == null ? "no data" : "shape " + Shapes.str(x.shape())));
    }
    return x;
  }

  /**
   * The provider behind {@code Engine.get().link("ConvolutionND")}: options {@code ndim}, {@code
   * in_channels}, {@code out_channels}, {@code ksize}, {@code stride}, {@code pad}, {@code dilate},
   * {@code groups}, {@code nobias}, {@code cover_all}, {@code initialW}, {@code initial_bias}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "ConvolutionND",
        opts -> new ConvolutionND(ConvOptions.fromMap("ConvolutionND", 0, opts, false)));
  }
}
