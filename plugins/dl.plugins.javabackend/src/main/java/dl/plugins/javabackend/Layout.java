package dl.plugins.javabackend;

import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/** The slicing and concatenation kernels of {@link JavaBackend}: strided gathers and scatters. */
final class Layout {
  private Layout() {}

  /** The offsets into {@code shape}'s storage of a basic slice, and the slice's shape. */
  private static int[][] sliceOffsets(
      String kernel, int[] shape, int[] start, int[] stop, int[] step) {
    int nd = shape.length;
    if (start.length != nd || stop.length != nd || step.length != nd) {
      throw new IllegalArgumentException(
          kernel
              + ": start/stop/step need one entry per axis of shape "
              + Shapes.str(shape)
              + ", got "
              + Arrays.toString(start)
              + ", "
              + Arrays.toString(stop)
              + ", "
              + Arrays.toString(step));
    }
    int[] cs = Shapes.strides(shape);
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
    return new int[][] {out, Strided.offsets(out, st, base)};
  }

  static NdArray slice(JavaBackend be, JavaArray x, int[] start, int[] stop, int[] step) {
    int[][] g = sliceOffsets("slice", x.shape(), start, stop, step);
    return be.gather(x.dtype(), g[0], x.data, g[1]);
  }

  static void sliceAddInto(JavaArray t, int[] start, int[] stop, int[] step, JavaArray v) {
    JavaBackend.sameDtype("sliceAddInto", t, v);
    int[][] g = sliceOffsets("sliceAddInto", t.shape(), start, stop, step);
    JavaBackend.requireBroadcast("sliceAddInto", "values", v.shape(), g[0]);
    int[] src = Strided.broadcastOffsets(v.shape(), g[0]);
    for (int k = 0; k < src.length; k++) {
      t.data[g[1][k]] = Ops.round(t.dtype(), t.data[g[1][k]] + v.data[src[k]]);
    }
  }

  static NdArray concat(JavaBackend be, JavaArray[] arrays, int axis) {
    JavaArray first = arrays[0];
    if (first.ndim() == 0) {
      throw new IllegalArgumentException("concat: zero-dimensional arrays cannot be concatenated");
    }
    int ax = Shapes.axis("concat", axis, first.ndim());
    int[] outShape = first.shape().clone();
    outShape[ax] = 0;
    for (JavaArray x : arrays) {
      JavaBackend.sameDtype("concat", first, x);
      int[] s = x.shape();
      boolean ok = s.length == outShape.length;
      for (int d = 0; ok && d < s.length; d++) {
        ok = d == ax || s[d] == first.shape()[d];
      }
      if (!ok) {
        throw new IllegalArgumentException(
            "concat: shapes "
                + Shapes.str(first.shape())
                + " and "
                + Shapes.str(s)
                + " differ outside the concatenation axis "
                + ax);
      }
      outShape[ax] += s[ax];
    }
    JavaArray r = be.newArray(first.dtype(), outShape);
    int[] rs = Shapes.strides(outShape);
    int pos = 0;
    for (JavaArray x : arrays) { // each input is a strided window of the output
      int[] dst = Strided.offsets(x.shape(), rs, pos * rs[ax]);
      for (int k = 0; k < dst.length; k++) {
        r.data[dst[k]] = x.data[k];
      }
      pos += x.shape()[ax];
    }
    return r;
  }
}
