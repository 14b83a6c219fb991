package dl.functions.names;

import dl.functions.pooling.MaxPoolingNd;

/**
 * Chainer's {@code max_pooling_1d}: {@code max_pooling_nd} on input with 1 spatial axes, with its
 * keywords.
 */
public final class MaxPooling1d extends Spatial {
  /** The registered provider. */
  public MaxPooling1d() {
    super("max_pooling_1d", 1, MaxPoolingNd.provider());
  }
}
