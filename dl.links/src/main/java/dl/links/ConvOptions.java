package dl.links;

import dl.api.Initializer;
import dl.api.NdArray;
import dl.api.Parameter;
import dl.links.initializers.Constant;
import dl.links.initializers.LeCunNormal;
import dl.links.initializers.Zero;
import java.util.Arrays;
import java.util.Map;

/**
 * The options of the convolution links ({@link ConvolutionND}, {@link DeconvolutionND} and their
 * 1-d/2-d/3-d forms), with Chainer's defaults: stride 1, pad 0, dilate 1, groups 1, bias on, W
 * {@code LeCunNormal}, bias 0; {@code inChannels} absent means lazy initialisation from the first
 * input.
 *
 * <pre>{@code
 * Convolution2D c = new Convolution2D(ConvOptions.of(2, 16, 3).stride(2).pad(1).nobias());
 * }</pre>
 */
public final class ConvOptions {
  final int ndim;
  final int outChannels;
  final int[] ksize;
  Integer inChannels;
  int[] stride;
  int[] pad;
  int[] dilate;
  int[] outsize;
  int groups = 1;
  boolean nobias;
  boolean coverAll;
  Initializer initialW;
  Initializer initialBias;

  private ConvOptions(int ndim, int outChannels, int[] ksize) {
    if (ndim < 1) {
      throw new IllegalArgumentException("convolution link: ndim must be >= 1, got " + ndim);
    }
    if (outChannels <= 0) {
      throw new IllegalArgumentException(
          "convolution link: out_channels must be positive, got " + outChannels);
    }
    this.ndim = ndim;
    this.outChannels = outChannels;
    this.ksize = expand("ksize", ksize, 1);
    this.stride = expand("stride", new int[] {1}, 1);
    this.pad = expand("pad", new int[] {0}, 0);
    this.dilate = expand("dilate", new int[] {1}, 1);
  }

  /** Options of an {@code ndim}-d convolution with {@code outChannels} and kernel {@code ksize}. */
  public static ConvOptions of(int ndim, int outChannels, int... ksize) {
    return new ConvOptions(ndim, outChannels, ksize);
  }

  /** A scalar (used for every spatial axis) or one value per axis, each at least {@code min}. */
  private int[] expand(String name, int[] v, int min) {
    if (v == null || (v.length != 1 && v.length != ndim)) {
      throw new IllegalArgumentException(
          "convolution link: "
              + name
              + " must have 1 or "
              + ndim
              + " values, got "
              + Arrays.toString(v));
    }
    int[] out = new int[ndim];
    for (int i = 0; i < ndim; i++) {
      out[i] = v.length == 1 ? v[0] : v[i];
      if (out[i] < min) {
        throw new IllegalArgumentException(
            "convolution link: " + name + " must be >= " + min + ", got " + Arrays.toString(v));
      }
    }
    return out;
  }

  /** The input channels (the weight is then initialised at construction). */
  public ConvOptions inChannels(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException(
          "convolution link: in_channels must be positive, got " + n);
    }
    inChannels = n;
    return this;
  }

  public ConvOptions stride(int... s) {
    stride = expand("stride", s, 1);
    return this;
  }

  public ConvOptions pad(int... p) {
    pad = expand("pad", p, 0);
    return this;
  }

  public ConvOptions dilate(int... d) {
    dilate = expand("dilate", d, 1);
    return this;
  }

  /** The output size of a deconvolution (default: Chainer's {@code get_deconv_outsize}). */
  public ConvOptions outsize(int... o) {
    outsize = expand("outsize", o, 1);
    return this;
  }

  /** Grouped convolution; must divide both channel counts. */
  public ConvOptions groups(int g) {
    if (g < 1 || outChannels % g != 0) {
      throw new IllegalArgumentException(
          "convolution link: groups must be >= 1 and divide out_channels "
              + outChannels
              + ", got "
              + g);
    }
    groups = g;
    return this;
  }

  public ConvOptions nobias() {
    return nobias(true);
  }

  public ConvOptions nobias(boolean on) {
    nobias = on;
    return this;
  }

  /** Chainer's {@code cover_all} of convolutions (default false). */
  public ConvOptions coverAll(boolean on) {
    coverAll = on;
    return this;
  }

  /** The weight initializer (default LeCunNormal); null keeps the default. */
  public ConvOptions initialW(Initializer init) {
    initialW = init;
    return this;
  }

  public ConvOptions initialW(double value) {
    return initialW(new Constant(value));
  }

  public ConvOptions initialW(NdArray value) {
    return initialW(new Constant(value));
  }

  /** The bias initializer (default 0); null keeps the default. */
  public ConvOptions initialBias(Initializer init) {
    initialBias = init;
    return this;
  }

  public ConvOptions initialBias(double value) {
    return initialBias(new Constant(value));
  }

  /** The filter parameter, uninitialised: LeCunNormal unless {@code initialW} says otherwise. */
  Parameter newWeight() {
    return new Parameter(initialW == null ? new LeCunNormal() : initialW);
  }

  /** The bias parameter {@code (out)}, or null with {@code nobias}. */
  Parameter newBias() {
    return nobias
        ? null
        : new Parameter(initialBias == null ? new Zero() : initialBias, outChannels);
  }

  /**
   * The filter shape for {@code in} input channels: {@code (out, in/groups, k...)} for a
   * convolution, {@code (in, out/groups, k...)} for a deconvolution; the owner names the link.
   */
  int[] filterShape(String owner, int in, boolean transposed) {
    if (in % groups != 0) {
      throw new IllegalArgumentException(
          owner + ": groups (" + groups + ") must divide in_channels (" + in + ")");
    }
    int[] shape = new int[ndim + 2];
    shape[0] = transposed ? in : outChannels;
    shape[1] = transposed ? outChannels / groups : in / groups;
    System.arraycopy(ksize, 0, shape, 2, ndim);
    return shape;
  }

  ConvOptions copy() {
    ConvOptions c = new ConvOptions(ndim, outChannels, ksize);
    c.inChannels = inChannels;
    c.stride = stride.clone();
    c.pad = pad.clone();
    c.dilate = dilate.clone();
    c.outsize = outsize == null ? null : outsize.clone();
    c.groups = groups;
    c.nobias = nobias;
    c.coverAll = coverAll;
    c.initialW = initialW;
    c.initialBias = initialBias;
    return c;
  }

  /** Reads a provider's option map (Chainer's or camel-case names). */
  static ConvOptions fromMap(String link, int ndim, Map<String, Object> opts, boolean deconv) {
    Options o =
        Options.of(
            link,
            opts,
            "ndim",
            "in_channels",
            "out_channels",
            "ksize",
            "stride",
            "pad",
            "dilate",
            "groups",
            "nobias",
            deconv ? "outsize" : "cover_all",
            "initialW",
            "initial_bias");
    int nd = ndim > 0 ? ndim : o.requiredInt("ndim");
    int[] k = o.shape("ksize");
    if (k == null) {
      throw new IllegalArgumentException(link + ": option 'ksize' is required");
    }
    ConvOptions c = of(nd, o.requiredInt("out_channels"), k);
    Integer in = o.optionalInt("in_channels");
    if (in != null) {
      c.inChannels(in);
    }
    if (o.shape("stride") != null) {
      c.stride(o.shape("stride"));
    }
    if (o.shape("pad") != null) {
      c.pad(o.shape("pad"));
    }
    if (o.shape("dilate") != null) {
      c.dilate(o.shape("dilate"));
    }
    if (deconv && o.shape("outsize") != null) {
      c.outsize(o.shape("outsize"));
    }
    Integer g = o.optionalInt("groups");
    if (g != null) {
      c.groups(g);
    }
    if (!deconv) {
      c.coverAll(o.bool("cover_all", false));
    }
    return c.nobias(o.bool("nobias", false))
        .initialW(o.initializer("initialW"))
        .initialBias(o.initializer("initial_bias"));
  }
}
