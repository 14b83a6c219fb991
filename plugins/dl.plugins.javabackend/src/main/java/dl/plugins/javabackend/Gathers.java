package dl.plugins.javabackend;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/**
 * Gathers and scatters of {@link JavaBackend}. Arrays are viewed as {@code (outer, axis, inner)}
 * around the indexed axis; indices may be negative (counted from the end, as NumPy).
 */
final class Gathers {
  private Gathers() {}

  private static int index(String kernel, double idx, int n, int axis) {
    int i = (int) idx;
    int j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) {
      throw new IndexOutOfBoundsException(
          kernel + ": index " + i + " is out of bounds for axis " + axis + " with size " + n);
    }
    return j;
  }

  private static void requireInt(String kernel, JavaArray ind) {
    if (ind.dtype() != DType.INT32) {
      throw new IllegalArgumentException(kernel + ": indices must be int32, got " + ind.dtype());
    }
  }

  /** {@code shape[:axis] + mid + shape[axis+1:]}. */
  private static int[] replaceAxis(int[] shape, int axis, int[] mid) {
    int[] out = new int[shape.length - 1 + mid.length];
    System.arraycopy(shape, 0, out, 0, axis);
    System.arraycopy(mid, 0, out, axis, mid.length);
    System.arraycopy(shape, axis + 1, out, axis + mid.length, shape.length - axis - 1);
    return out;
  }

  /** {outer, axis length, inner}. */
  private static int[] geometry(int[] shape, int ax) {
    int outer = 1;
    int inner = 1;
    for (int d = 0; d < shape.length; d++) {
      if (d < ax) {
        outer *= shape[d];
      } else if (d > ax) {
        inner *= shape[d];
      }
    }
    return new int[] {outer, shape[ax], inner};
  }

  static NdArray take(JavaBackend b, JavaArray x, JavaArray ind, int axis) {
    requireInt("take", ind);
    int ax = Shapes.axis("take", axis, x.ndim());
    int[] g = geometry(x.shape(), ax);
    int m = ind.size();
    JavaArray r = b.newArray(x.dtype(), replaceAxis(x.shape(), ax, ind.shape()));
    for (int j = 0; j < m; j++) {
      int src = index("take", ind.data[j], g[1], ax);
      for (int o = 0; o < g[0]; o++) {
        System.arraycopy(x.data, (o * g[1] + src) * g[2], r.data, (o * m + j) * g[2], g[2]);
      }
    }
    return r;
  }

  static void takeAddInto(JavaArray t, JavaArray ind, int axis, JavaArray v) {
    requireInt("takeAddInto", ind);
    JavaBackend.requireSameDtype("takeAddInto", t, v);
    int ax = Shapes.axis("takeAddInto", axis, t.ndim());
    int[] expect = replaceAxis(t.shape(), ax, ind.shape());
    if (!Arrays.equals(expect, v.shape())) {
      throw new IllegalArgumentException(
          "takeAddInto: values of shape "
              + Shapes.str(v.shape())
              + " do not match target "
              + Shapes.str(t.shape())
              + " taken along axis "
              + ax
              + " with indices "
              + Shapes.str(ind.shape())
              + " (expected "
              + Shapes.str(expect)
              + ")");
    }
    int[] g = geometry(t.shape(), ax);
    int m = ind.size();
    for (int j = 0; j < m; j++) { // repeated indices accumulate
      int dst = index("takeAddInto", ind.data[j], g[1], ax);
      for (int o = 0; o < g[0]; o++) {
        for (int q = 0; q < g[2]; q++) {
          int k = (o * g[1] + dst) * g[2] + q;
          t.data[k] = Ops.round(t.dtype(), t.data[k] + v.data[(o * m + j) * g[2] + q]);
        }
      }
    }
  }

  private static int[] selectGeometry(String kernel, JavaArray a, JavaArray ind, int axis) {
    requireInt(kernel, ind);
    int[] expect = replaceAxis(a.shape(), axis, new int[0]);
    if (!Arrays.equals(expect, ind.shape())) {
      throw new IllegalArgumentException(
          kernel
              + ": indices of shape "
              + Shapes.str(ind.shape())
              + " must have the shape "
              + Shapes.str(expect)
              + " of "
              + Shapes.str(a.shape())
              + " without axis "
              + axis);
    }
    return geometry(a.shape(), axis);
  }

  static NdArray select(JavaBackend b, JavaArray x, JavaArray ind, int axis) {
    int ax = Shapes.axis("selectAlongAxis", axis, x.ndim());
    int[] g = selectGeometry("selectAlongAxis", x, ind, ax);
    JavaArray r = b.newArray(x.dtype(), ind.shape().clone());
    for (int o = 0; o < g[0]; o++) {
      for (int q = 0; q < g[2]; q++) {
        int p = o * g[2] + q;
        int j = index("selectAlongAxis", ind.data[p], g[1], ax);
        r.data[p] = x.data[(o * g[1] + j) * g[2] + q];
      }
    }
    return r;
  }

  static void selectAddInto(JavaArray t, JavaArray ind, int axis, JavaArray v) {
    JavaBackend.requireSameDtype("selectAddInto", t, v);
    int ax = Shapes.axis("selectAddInto", axis, t.ndim());
    int[] g = selectGeometry("selectAddInto", t, ind, ax);
    if (!Arrays.equals(v.shape(), ind.shape())) {
      throw new IllegalArgumentException(
          "selectAddInto: values of shape "
              + Shapes.str(v.shape())
              + " must match the indices' shape "
              + Shapes.str(ind.shape()));
    }
    for (int o = 0; o < g[0]; o++) {
      for (int q = 0; q < g[2]; q++) {
        int p = o * g[2] + q;
        int k = (o * g[1] + index("selectAddInto", ind.data[p], g[1], ax)) * g[2] + q;
        t.data[k] = Ops.round(t.dtype(), t.data[k] + v.data[p]);
      }
    }
  }
}
