package dl.functions.names;

import dl.functions.pooling.AveragePoolingNd;

/**
 * Chainer's {@code average_pooling_2d}: {@code average_pooling_nd} on input with 2 spatial axes,
 * with its keywords.
 */
public final class AveragePooling2d extends Spatial {
  /** The registered provider. */
  public AveragePooling2d() {
    super("average_pooling_2d", 2, AveragePoolingNd.provider());
  }
}
