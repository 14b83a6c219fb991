package dl.functions.internal;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/**
 * Type checks shared by the functions, raising {@link InvalidTypeException} in Chainer's "Expect /
 * Actual" style.
 *
 * <pre>{@code
 * Check.floating("relu", "x", 0, in[0]);
 * }</pre>
 */
public final class Check {
  private Check() {}

  /** The argument has a floating dtype. */
  public static void floating(String fn, String arg, int index, NdArray a) {
    if (!a.dtype().isFloating()) {
      throw InvalidTypeException.of(
          fn, arg, index, arg + ".dtype.kind == f", arg + ".dtype == " + a.dtype());
    }
  }

  /** The argument has exactly the given dtype. */
  public static void dtype(String fn, String arg, int index, NdArray a, DType expected) {
    if (a.dtype() != expected) {
      throw InvalidTypeException.of(
          fn, arg, index, arg + ".dtype == " + expected, arg + ".dtype == " + a.dtype());
    }
  }

  /** {@code b} has the dtype of {@code a} (named {@code aName}). */
  public static void sameDtype(
      String fn, String aName, NdArray a, String bName, int bIndex, NdArray b) {
    if (a.dtype() != b.dtype()) {
      throw InvalidTypeException.of(
          fn,
          bName,
          bIndex,
          bName + ".dtype == " + aName + ".dtype (" + a.dtype() + ")",
          bName + ".dtype == " + b.dtype());
    }
  }

  /** The argument has {@code ndim} axes. */
  public static void ndim(String fn, String arg, int index, NdArray a, int ndim) {
    if (a.ndim() != ndim) {
      throw InvalidTypeException.of(
          fn,
          arg,
          index,
          arg + ".ndim == " + ndim,
          arg + ".ndim == " + a.ndim() + " (shape " + Shapes.str(a.shape()) + ")");
    }
  }

  /** The argument has at least {@code ndim} axes. */
  public static void minNdim(String fn, String arg, int index, NdArray a, int ndim) {
    if (a.ndim() < ndim) {
      throw InvalidTypeException.of(
          fn,
          arg,
          index,
          arg + ".ndim >= " + ndim,
          arg + ".ndim == " + a.ndim() + " (shape " + Shapes.str(a.shape()) + ")");
    }
  }

  /** {@code b} has the shape of {@code a}. */
  public static void sameShape(
      String fn, String aName, NdArray a, String bName, int bIndex, NdArray b) {
    if (!Arrays.equals(a.shape(), b.shape())) {
      throw InvalidTypeException.of(
          fn,
          bName,
          bIndex,
          bName + ".shape == " + aName + ".shape " + Shapes.str(a.shape()),
          bName + ".shape == " + Shapes.str(b.shape()));
    }
  }

  /** {@code a} and {@code b} broadcast together (NumPy rules). */
  public static void broadcastable(String fn, NdArray a, NdArray b) {
    try {
      Shapes.broadcast(a.shape(), b.shape());
    } catch (IllegalArgumentException e) {
      throw InvalidTypeException.of(
          fn,
          "rhs",
          1,
          "lhs and rhs broadcastable with lhs.shape " + Shapes.str(a.shape()),
          "rhs.shape == " + Shapes.str(b.shape()));
    }
  }

  /** An axis normalised to {@code [0, ndim)}, or an error naming the argument. */
  public static int axis(String fn, String arg, int index, int axis, int ndim) {
    if (axis < -ndim || axis >= ndim) {
      throw InvalidTypeException.of(
          fn,
          arg,
          index,
          "-" + arg + ".ndim <= axis < " + arg + ".ndim (" + ndim + ")",
          "axis == " + axis);
    }
    return axis < 0 ? axis + ndim : axis;
  }

  /** Normalised, sorted, duplicate-free axes; null means every axis. */
  public static int[] axes(String fn, String arg, int index, int[] axes, int ndim) {
    if (axes == null) {
      return Shapes.allAxes(ndim);
    }
    int[] out = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      out[i] = axis(fn, arg, index, axes[i], ndim);
    }
    Arrays.sort(out);
    for (int i = 1; i < out.length; i++) {
      if (out[i] == out[i - 1]) {
        throw InvalidTypeException.of(
            fn, arg, index, "distinct axes", "axes == " + Arrays.toString(axes));
      }
    }
    return out;
  }

  /** Two floating inputs of one dtype that broadcast together (the arithmetic functions). */
  public static void binaryFloating(String fn, NdArray[] in) {
    floating(fn, "lhs", 0, in[0]);
    sameDtype(fn, "lhs", in[0], "rhs", 1, in[1]);
    broadcastable(fn, in[0], in[1]);
  }

  /**
   * {@code inner}'s error re-labelled for the composite {@code fn} the user called: its first line
   * becomes {@code "fn: <inner's first line without its own label> (in inner)"} and the Expect /
   * Actual lines follow unchanged, so the message never opens with a bare label or a line break.
   */
  public static InvalidTypeException relabel(String fn, String inner, InvalidTypeException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    int nl = m.indexOf('\n');
    String head = nl < 0 ? m : m.substring(0, nl);
    String tail = nl < 0 ? "" : m.substring(nl);
    if (head.startsWith(inner + ": ")) {
      head = head.substring(inner.length() + 2);
    }
    InvalidTypeException r =
        new InvalidTypeException(fn + ": " + head + " (in " + inner + ")" + tail);
    r.initCause(e);
    return r;
  }
}
