package dl.functions.names;

import dl.functions.connection.DeconvolutionNd;

/**
 * Chainer's {@code deconvolution_1d}: {@code deconvolution_nd} on input with 1 spatial axes, with
 * its keywords.
 */
public final class Deconvolution1d extends Spatial {
  /** The registered provider. */
  public Deconvolution1d() {
    super("deconvolution_1d", 1, DeconvolutionNd.provider());
  }
}
