package dl.functions.names;

import dl.functions.pooling.MaxPoolingNd;

/**
 * Chainer's {@code max_pooling_3d}: {@code max_pooling_nd} on input with 3 spatial axes, with its
 * keywords.
 */
public final class MaxPooling3d extends Spatial {
  /** The registered provider. */
  public MaxPooling3d() {
    super("max_pooling_3d", 3, MaxPoolingNd.provider());
  }
}
