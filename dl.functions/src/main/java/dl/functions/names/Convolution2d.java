package dl.functions.names;

import dl.functions.connection.ConvolutionNd;

/**
 * Chainer's {@code convolution_2d}: {@code convolution_nd} on input with 2 spatial axes, with its
 * keywords.
 */
public final class Convolution2d extends Spatial {
  /** The registered provider. */
  public Convolution2d() {
    super("convolution_2d", 2, ConvolutionNd.provider());
  }
}
