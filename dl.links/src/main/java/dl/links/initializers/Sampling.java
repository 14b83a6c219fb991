package dl.links.initializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Initializer;
import dl.api.NdArray;
import dl.api.Rng;
import dl.api.Shapes;

/** Shared checks and sampling for the random initializers; seeds come from {@link Rng}. */
final class Sampling {
  private Sampling() {}

  static double checkScale(String who, double scale) {
    if (!(scale >= 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException(
          who + ": scale must be a finite number >= 0, got " + scale);
    }
    return scale;
  }

  static void checkDtype(String who, int[] shape, DType dtype) {
    if (!dtype.isFloating()) {
      throw new IllegalArgumentException(
          who
              + ": cannot initialise a "
              + dtype
              + " parameter of shape "
              + Shapes.str(shape)
              + " with random values; use a floating"
              + " dtype");
    }
  }

  static int fanIn(String who, int[] shape) {
    try {
      return Initializer.fanIn(shape);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(who + ": " + e.getMessage(), e);
    }
  }

  static int fanOut(String who, int[] shape) {
    try {
      return Initializer.fanOut(shape);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(who + ": " + e.getMessage(), e);
    }
  }

  static NdArray normal(String who, int[] shape, DType dtype, Backend b, double std) {
    checkDtype(who, shape, dtype);
    return b.randomNormal(shape, dtype, 0, std, Rng.nextSeed());
  }

  static NdArray uniform(String who, int[] shape, DType dtype, Backend b, double bound) {
    checkDtype(who, shape, dtype);
    return b.randomUniform(shape, dtype, -bound, bound, Rng.nextSeed());
  }
}
