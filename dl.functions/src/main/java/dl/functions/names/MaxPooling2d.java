package dl.functions.names;

import dl.functions.pooling.MaxPoolingNd;

/**
 * Chainer's {@code max_pooling_2d}: {@code max_pooling_nd} on input with 2 spatial axes, with its
 * keywords.
 */
public final class MaxPooling2d extends Spatial {
  /** The registered provider. */
  public MaxPooling2d() {
    super("max_pooling_2d", 2, MaxPoolingNd.provider());
  }
}
