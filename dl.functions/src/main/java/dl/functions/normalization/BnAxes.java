package dl.functions.normalization;

import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.functions.internal.Check;
import java.util.Arrays;

/** The reduced axes of batch normalization and the parameter shapes they imply. */
final class BnAxes {
  private BnAxes() {}

  /**
   * Chainer's default {@code (0,) + tuple(range(gamma.ndim + 1, x.ndim))}: the batch axis and every
   * axis after those gamma covers, so gamma (C) on x (N, C, H, W) reduces (0, 2, 3) and gamma (C,
   * H) reduces (0, 3); given axes are normalised.
   */
  static int[] of(String fn, int[] axis, int ndim, int gammaNdim) {
    if (axis == null) {
      int head = Math.min(Math.max(gammaNdim + 1, 1), Math.max(ndim, 1));
      int[] r = new int[1 + ndim - head];
      for (int i = 1; i < r.length; i++) {
        r[i] = head + i - 1;
      }
      return r;
    }
    return Check.axes(fn, "x", 0, axis, ndim);
  }

  /** {@code x}'s shape without the reduced axes (the shape of gamma, beta, mean and var). */
  static int[] paramShape(int[] xs, int[] axes) {
    return Shapes.reduced(xs, axes, false);
  }

  /** {@code x}'s shape with the reduced axes kept as 1 (for broadcasting the parameters). */
  static int[] keptShape(int[] xs, int[] axes) {
    return Shapes.reduced(xs, axes, true);
  }

  /** Number of elements reduced for each parameter entry. */
  static int count(int[] xs, int[] axes) {
    int m = 1;
    for (int a : axes) {
      m *= xs[a];
    }
    return m;
  }

  static void checkParam(String fn, String name, int index, NdArray x, NdArray p, int[] axes) {
    Check.floating(fn, name, index, p);
    Check.sameDtype(fn, "x", x, name, index, p);
    int[] expect = paramShape(x.shape(), axes);
    if (!Arrays.equals(expect, p.shape())) {
      throw InvalidTypeException.of(
          fn,
          name,
          index,
          name
              + ".shape == "
              + Shapes.str(expect)
              + " (x.shape without axes "
              + Arrays.toString(axes)
              + ")",
          name + ".shape == " + Shapes.str(p.shape()));
    }
  }
}
