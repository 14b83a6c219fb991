package dl.api;

import java.util.Arrays;

/**
 * Helpers for shapes written as {@code int[]}: sizes, NumPy broadcasting, axis normalisation,
 * printing in NumPy's style, and the shape logic every backend shares (reshape's −1, transpose's
 * axes, broadcast strides, basic slices, concatenation, matrix-product operands), each with the
 * error a kernel gives for bad arguments, so that a backend writes only memory and loops.
 *
 * <pre>{@code
 * int[] s = Shapes.broadcast(new int[] {3, 1}, new int[] {4});   // [3, 4]
 * String text = Shapes.str(s);                                     // "(3, 4)"
 * int[] r = Shapes.reshape("reshape", new int[] {2, 6}, -1, 3);   // [4, 3]
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

  /**
   * The shape {@code requested} resolves to for an array of shape {@code from} (one {@code -1} axis
   * is inferred), or an error naming {@code kernel}.
   */
  public static int[] reshape(String kernel, int[] from, int... requested) {
    int size = size(from);
    int[] s = requested.clone();
    int infer = -1;
    long known = 1;
    for (int k = 0; k < s.length; k++) {
      if (s[k] == -1 && infer < 0) {
        infer = k;
      } else if (s[k] < 0) {
        throw new IllegalArgumentException(
            kernel + ": invalid shape " + Arrays.toString(requested));
      } else {
        known *= s[k];
      }
    }
    if (infer >= 0 && known != 0 && size % known == 0) {
      s[infer] = (int) (size / known);
      known *= s[infer];
    }
    if (known != size || (infer >= 0 && s[infer] < 0)) {
      throw new IllegalArgumentException(
          kernel
              + ": cannot reshape array of shape "
              + str(from)
              + " (size "
              + size
              + ") into shape "
              + (infer < 0 ? str(requested) : Arrays.toString(requested)));
    }
    return s;
  }

  /**
   * NumPy's {@code transpose(axes)} permutation for {@code ndim} axes (reversed when {@code axes}
   * is null or empty), checked.
   */
  public static int[] permutation(String kernel, int[] axes, int[] shape) {
    int nd = shape.length;
    if (axes != null && axes.length != 0 && axes.length != nd) {
      throw new IllegalArgumentException(
          kernel
              + ": axes "
              + Arrays.toString(axes)
              + " don't match an array of shape "
              + str(shape));
    }
    int[] perm = new int[nd];
    boolean[] seen = new boolean[nd];
    for (int k = 0; k < nd; k++) {
      perm[k] = axes == null || axes.length == 0 ? nd - 1 - k : axis(kernel, axes[k], nd);
      if (seen[perm[k]]) {
        throw new IllegalArgumentException(kernel + ": repeated axis in " + Arrays.toString(axes));
      }
      seen[perm[k]] = true;
    }
    return perm;
  }

  /** {@code values} reordered by {@code perm}: {@code out[k] = values[perm[k]]}. */
  public static int[] permute(int[] values, int[] perm) {
    int[] out = new int[perm.length];
    for (int k = 0; k < perm.length; k++) {
      out[k] = values[perm[k]];
    }
    return out;
  }

  /**
   * Strides that read a contiguous array of shape {@code from} as its broadcast to {@code to}: 0 on
   * broadcast axes and on the leading axes {@code from} lacks.
   */
  public static int[] broadcastStrides(int[] from, int[] to) {
    int[] c = strides(from);
    int[] s = new int[to.length];
    int off = to.length - from.length;
    for (int i = 0; i < from.length; i++) {
      s[i + off] = from[i] == 1 && to[i + off] != 1 ? 0 : c[i];
    }
    return s;
  }

  /** The broadcast shape of several shapes, or an error naming the kernel and the shapes. */
  public static int[] broadcast(String kernel, int[]... shapes) {
    int[] s = shapes[0];
    try {
      for (int[] o : shapes) {
        s = broadcast(s, o);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(kernel + ": " + e.getMessage(), e);
    }
    return s;
  }

  /**
   * A basic slice of a contiguous array: its shape, the strides and first element it reads.
   *
   * @param shape the slice's shape
   * @param strides the step in the source along each axis (negative for reversed slices)
   * @param base the source offset of the slice's first element
   */
  public record Slice(int[] shape, int[] strides, int base) {}

  /**
   * The geometry of {@code a[start:stop:step]} on each axis of a contiguous array of {@code shape}
   * (bounds normalised as by Python's {@code slice.indices()}), or an error naming {@code kernel}.
   */
  public static Slice slice(String kernel, int[] shape, int[] start, int[] stop, int[] step) {
    int nd = shape.length;
    if (start.length != nd || stop.length != nd || step.length != nd) {
      throw new IllegalArgumentException(
          kernel
              + ": start/stop/step need one entry per axis of shape "
              + str(shape)
              + ", got "
              + Arrays.toString(start)
              + ", "
              + Arrays.toString(stop)
              + ", "
              + Arrays.toString(step));
    }
    int[] cs = strides(shape);
    int[] out = new int[nd];
    int[] st = new int[nd];
    int base = 0;
    for (int k = 0; k < nd; k++) {
      if (step[k] == 0) {
        throw new IllegalArgumentException(kernel + ": slice step cannot be zero (axis " + k + ")");
      }
      int span = step[k] > 0 ? stop[k] - start[k] : start[k] - stop[k];
      int len = Math.max(0, (span + Math.abs(step[k]) - 1) / Math.abs(step[k]));
      int last = start[k] + (len - 1) * step[k];
      if (len > 0 && (start[k] < 0 || start[k] >= shape[k] || last < 0 || last >= shape[k])) {
        throw new IllegalArgumentException(
            kernel
                + ": slice "
                + start[k]
                + ":"
                + stop[k]
                + ":"
                + step[k]
                + " is out of bounds for axis "
                + k
                + " of size "
                + shape[k]
                + " (bounds must be normalised as by Python's slice.indices())");
      }
      base += len > 0 ? start[k] * cs[k] : 0;
      out[k] = len;
      st[k] = step[k] * cs[k];
    }
    return new Slice(out, st, base);
  }

  /**
   * The shape of {@code shapes} joined along {@code axis}, or an error naming {@code kernel} where
   * they are 0-d or differ elsewhere. Dtypes are the caller's to check.
   */
  public static int[] concat(String kernel, int[][] shapes, int axis) {
    if (shapes.length == 0) {
      throw new IllegalArgumentException(kernel + ": need at least one array");
    }
    int[] first = shapes[0];
    if (first.length == 0) {
      throw new IllegalArgumentException(
          kernel + ": zero-dimensional arrays cannot be concatenated");
    }
    int ax = axis(kernel, axis, first.length);
    int[] out = first.clone();
    out[ax] = 0;
    for (int[] s : shapes) {
      boolean ok = s.length == first.length;
      for (int d = 0; ok && d < s.length; d++) {
        ok = d == ax || s[d] == first[d];
      }
      if (!ok) {
        throw new IllegalArgumentException(
            kernel
                + ": shapes "
                + str(first)
                + " and "
                + str(s)
                + " differ outside the concatenation axis "
                + ax);
      }
      out[ax] += s[ax];
    }
    return out;
  }

  /**
   * The operands of {@code matmul(a, b, transA, transB)}: {@code {batch, batchA, batchB, m, n, k}}
   * for 2-d operands or 3-d batches (a batch of 1 broadcasts), or an error naming the shapes.
   */
  public static int[] matmul(int[] as, int[] bs, boolean transA, boolean transB) {
    int nd = as.length;
    if (nd != bs.length || nd < 2 || nd > 3) {
      throw new IllegalArgumentException(
          "matmul: operands must both be 2-d or both 3-d (batched), got shapes "
              + str(as)
              + " and "
              + str(bs));
    }
    int batchA = nd == 3 ? as[0] : 1;
    int batchB = nd == 3 ? bs[0] : 1;
    if (batchA != batchB && batchA != 1 && batchB != 1) {
      throw new IllegalArgumentException(
          "matmul: batch sizes of shapes "
              + str(as)
              + " and "
              + str(bs)
              + " differ (a batch of 1 broadcasts)");
    }
    int m = transA ? as[nd - 1] : as[nd - 2];
    int k = transA ? as[nd - 2] : as[nd - 1];
    int k2 = transB ? bs[nd - 1] : bs[nd - 2];
    int n = transB ? bs[nd - 2] : bs[nd - 1];
    if (k != k2) {
      throw new IllegalArgumentException(
          "matmul: inner dimensions differ: shapes "
              + str(as)
              + (transA ? "ᵀ" : "")
              + " and "
              + str(bs)
              + (transB ? "ᵀ" : "")
              + " (transA="
              + transA
              + ", transB="
              + transB
              + ") give "
              + k
              + " vs "
              + k2);
    }
    return new int[] {Math.max(batchA, batchB), batchA, batchB, m, n, k};
  }

  /** Whether {@code strides} lay out {@code shape} contiguously in row-major order. */
  public static boolean isContiguous(int[] shape, int[] strides) {
    int acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (shape[i] != 1 && strides[i] != acc) {
        return false;
      }
      acc *= shape[i];
    }
    return true;
  }
}
