package dl.api;

import java.util.Arrays;

/**
 * Helpers for shapes written as {@code int[]}: sizes, NumPy broadcasting, axis normalisation and
 * printing in NumPy's style.
 *
 * <pre>{@code
 * int[] s = Shapes.broadcast(new int[] {3, 1}, new int[] {4});   // [3, 4]
 * String text = Shapes.str(s);                                     // "(3, 4)"
 * }</pre>
 */
public final class Shapes {
  private Shapes() {}

  /**
   * The most elements one array may have: the JDK's own safe limit ({@code
   * ArraysSupport.SOFT_MAX_ARRAY_LENGTH}). HotSpot refuses {@code Integer.MAX_VALUE - 1} already,
   * and {@code - 2} as well without compressed class pointers; other VMs differ by a few more.
   */
  public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

  /** Number of elements of a shape; refuses sizes that no JVM array can hold. */
  public static int size(int... shape) {
    long n = 1;
    for (int d : shape) {
      n *= d;
      if (n > MAX_SIZE) { // checked as we go, so that many large dimensions cannot overflow long
        throw new IllegalArgumentException(
            "shape "
                + str(shape)
                + " has more elements than one array can hold (at most "
                + MAX_SIZE
                + ")");
      }
    }
    return (int) n;
  }

  /** NumPy's text for a shape: {@code (2, 3)}, {@code (5,)}, {@code ()}. */
  public static String str(int... shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      b.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return b.append(')').toString();
  }

  /** The broadcast shape of two shapes, or an error naming both. */
  public static int[] broadcast(int[] a, int[] b) {
    int n = Math.max(a.length, b.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int da = i < n - a.length ? 1 : a[i - (n - a.length)];
      int db = i < n - b.length ? 1 : b[i - (n - b.length)];
      if (da != db && da != 1 && db != 1) {
        throw new IllegalArgumentException(
            "shapes " + str(a) + " and " + str(b) + " cannot be broadcast together");
      }
      out[i] = da == 1 ? db : da;
    }
    return out;
  }

  /** Whether {@code from} broadcasts to exactly {@code to}. */
  public static boolean broadcastsTo(int[] from, int[] to) {
    if (from.length > to.length) {
      return false;
    }
    int off = to.length - from.length;
    for (int i = 0; i < from.length; i++) {
      if (from[i] != 1 && from[i] != to[i + off]) {
        return false;
      }
    }
    return true;
  }

  /** An axis in {@code [-ndim, ndim)} as a non-negative index, or an error naming the owner. */
  public static int axis(String owner, int axis, int ndim) {
    if (axis < -ndim || axis >= ndim) {
      throw new IllegalArgumentException(
          owner
              + ": axis "
              + axis
              + " is out of range for an array"
              + " of "
              + ndim
              + " dimension"
              + (ndim == 1 ? "" : "s")
              + " (expected -"
              + ndim
              + " <= axis < "
              + ndim
              + ")");
    }
    return axis < 0 ? axis + ndim : axis;
  }

  /** Normalised, sorted, duplicate-free axes. */
  public static int[] axes(String owner, int[] axes, int ndim) {
    int[] out = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      out[i] = axis(owner, axes[i], ndim);
    }
    Arrays.sort(out);
    for (int i = 1; i < out.length; i++) {
      if (out[i] == out[i - 1]) {
        throw new IllegalArgumentException(
            owner + ": duplicate axis " + out[i] + " in " + Arrays.toString(axes));
      }
    }
    return out;
  }

  /** All axes {@code 0..ndim-1}. */
  public static int[] allAxes(int ndim) {
    int[] a = new int[ndim];
    for (int i = 0; i < ndim; i++) {
      a[i] = i;
    }
    return a;
  }

  /** The shape with the given (normalised) axes removed or, with keepdims, set to 1. */
  public static int[] reduced(int[] shape, int[] axes, boolean keepdims) {
    boolean[] r = new boolean[shape.length];
    for (int a : axes) {
      r[a] = true;
    }
    int[] out = new int[keepdims ? shape.length : shape.length - axes.length];
    int j = 0;
    for (int i = 0; i < shape.length; i++) {
      if (!r[i]) {
        out[j++] = shape[i];
      } else if (keepdims) {
        out[j++] = 1;
      }
    }
    return out;
  }

  /** Row-major strides in elements. */
  public static int[] strides(int[] shape) {
    int[] s = new int[shape.length];
    int acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= shape[i];
    }
    return s;
  }

  /** A shape from varargs, checked for negative sizes. */
  public static int[] of(String owner, int... shape) {
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(owner + ": negative dimension in shape " + str(shape));
      }
    }
    return shape.clone();
  }
}
