package dl.functions.names;

import dl.functions.connection.ConvolutionNd;

/**
 * Chainer's {@code convolution_1d}: {@code convolution_nd} on input with 1 spatial axes, with its
 * keywords.
 */
public final class Convolution1d extends Spatial {
  /** The registered provider. */
  public Convolution1d() {
    super("convolution_1d", 1, ConvolutionNd.provider());
  }
}
