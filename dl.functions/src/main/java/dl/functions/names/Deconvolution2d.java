package dl.functions.names;

import dl.functions.connection.DeconvolutionNd;

/**
 * Chainer's {@code deconvolution_2d}: {@code deconvolution_nd} on input with 2 spatial axes, with
 * its keywords.
 */
public final class Deconvolution2d extends Spatial {
  /** The registered provider. */
  public Deconvolution2d() {
    super("deconvolution_2d", 2, DeconvolutionNd.provider());
  }
}
