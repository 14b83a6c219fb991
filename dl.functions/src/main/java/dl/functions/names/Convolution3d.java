package dl.functions.names;

import dl.functions.connection.ConvolutionNd;

/**
 * Chainer's {@code convolution_3d}: {@code convolution_nd} on input with 3 spatial axes, with its
 * keywords.
 */
public final class Convolution3d extends Spatial {
  /** The registered provider. */
  public Convolution3d() {
    super("convolution_3d", 3, ConvolutionNd.provider());
  }
}
