package dl.functions.names;

import dl.functions.connection.ConvolutionNd;

/**
 * Chainer's {@code dilated_convolution_2d}: {@code convolution_nd} on input with 2 spatial axes,
 * with its keywords.
 */
public final class DilatedConvolution2d extends Spatial {
  /** The registered provider. */
  public DilatedConvolution2d() {
    super("dilated_convolution_2d", 2, ConvolutionNd.provider());
  }
}
