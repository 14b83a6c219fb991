package dl.functions.names;

import dl.functions.pooling.AveragePoolingNd;

/**
 * Chainer's {@code average_pooling_1d}: {@code average_pooling_nd} on input with 1 spatial axes,
 * with its keywords.
 */
public final class AveragePooling1d extends Spatial {
  /** The registered provider. */
  public AveragePooling1d() {
    super("average_pooling_1d", 1, AveragePoolingNd.provider());
  }
}
