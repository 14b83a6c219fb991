package dl.functions.names;

import dl.functions.pooling.AveragePoolingNd;

/**
 * Chainer's {@code average_pooling_3d}: {@code average_pooling_nd} on input with 3 spatial axes,
 * with its keywords.
 */
public final class AveragePooling3d extends Spatial {
  /** The registered provider. */
  public AveragePooling3d() {
    super("average_pooling_3d", 3, AveragePoolingNd.provider());
  }
}
