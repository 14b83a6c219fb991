package dl.functions.names;

import dl.functions.connection.DeconvolutionNd;

/**
 * Chainer's {@code deconvolution_3d}: {@code deconvolution_nd} on input with 3 spatial axes, with
 * its keywords.
 */
public final class Deconvolution3d extends Spatial {
  /** The registered provider. */
  public Deconvolution3d() {
    super("deconvolution_3d", 3, DeconvolutionNd.provider());
  }
}
