package dl.plugins.javabackend;

import dl.api.NdArray;
import dl.api.Shapes;

/** The slicing and concatenation kernels of {@link JavaBackend}: strided gathers and scatters. */
final class Layout {
  private Layout() {}

  /** The offsets into {@code shape}'s storage of a basic slice, and the slice's shape. */
  private static int[][] sliceOffsets(
      String kernel, int[] shape, int[] start, int[] stop, int[] step) {
    Shapes.Slice g = Shapes.slice(kernel, shape, start, stop, step);
    return new int[][] {g.shape(), Strided.offsets(g.shape(), g.strides(), g.base())};
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
    int[][] shapes = new int[arrays.length][];
    for (int i = 0; i < arrays.length; i++) {
      JavaBackend.sameDtype("concat", first, arrays[i]);
      shapes[i] = arrays[i].shape();
    }
    int[] outShape = Shapes.concat("concat", shapes, axis);
    int ax = Shapes.axis("concat", axis, first.ndim());
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
