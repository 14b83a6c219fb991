package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/** Gathers and scatter-adds: take, takeAddInto, selectAlongAxis, selectAddInto. */
final class GatherKernels extends CpuKernelGroup {
  GatherKernels(CpuBackend backend) {
    super(backend);
  }

  /** Index checked against the axis length; negative indices count from the end (NumPy). */
  private static int index(String kernel, int idx, int n, int axis) {
    int j = idx < 0 ? idx + n : idx;
    if (j < 0 || j >= n) {
      throw new IndexOutOfBoundsException(
          kernel + ": index " + idx + " is out of bounds for axis " + axis + " with size " + n);
    }
    return j;
  }

  /** Every index checked and made non-negative, in a fresh array. */
  private static int[] resolve(String kernel, int[] idx, int n, int axis) {
    int[] out = new int[idx.length];
    for (int j = 0; j < idx.length; j++) {
      out[j] = index(kernel, idx[j], n, axis);
    }
    return out;
  }

  private CpuArray indicesOf(NdArray indices, String kernel) {
    CpuArray ind = arr(indices, kernel);
    if (ind.dtype() != DType.INT32) {
      throw new IllegalArgumentException(kernel + ": indices must be int32, got " + ind.dtype());
    }
    return ind;
  }

  /** a.shape[:axis] + mid + a.shape[axis+1:]. */
  private static int[] replaceAxis(int[] shape, int axis, int[] mid) {
    int[] out = new int[shape.length - 1 + mid.length];
    System.arraycopy(shape, 0, out, 0, axis);
    System.arraycopy(mid, 0, out, axis, mid.length);
    System.arraycopy(shape, axis + 1, out, axis + mid.length, shape.length - axis - 1);
    return out;
  }

  NdArray take(NdArray a, NdArray indices, int axis) {
    CpuArray x = arr(a, "take");
    CpuArray ind = indicesOf(indices, "take");
    int ax = Shapes.axis("take", axis, x.ndim());
    int[] shape = x.shape();
    int n = shape[ax];
    int[] outShape = replaceAxis(shape, ax, ind.shape());
    CpuArray r = empty(x.dtype(), outShape);
    int outer = 1;
    for (int d = 0; d < ax; d++) {
      outer *= shape[d];
    }
    int inner = 1;
    for (int d = ax + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    int[] idx = resolve("take", ind.i(), n, ax);
    GatherLoops.take(x.data, r.data, idx, outer, n, inner);
    return r;
  }

  void takeAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    CpuArray t = arr(target, "takeAddInto");
    CpuArray ind = indicesOf(indices, "takeAddInto");
    CpuArray v = arr(values, "takeAddInto");
    requireSameDtype("takeAddInto", t, v);
    int ax = Shapes.axis("takeAddInto", axis, t.ndim());
    int[] shape = t.shape();
    int[] expect = replaceAxis(shape, ax, ind.shape());
    if (!Arrays.equals(expect, v.shape())) {
      throw new IllegalArgumentException(
          "takeAddInto: values of shape "
              + Shapes.str(v.shape())
              + " do not match target "
              + Shapes.str(shape)
              + " taken along axis "
              + ax
              + " with indices "
              + Shapes.str(ind.shape())
              + " (expected "
              + Shapes.str(expect)
              + ")");
    }
    int n = shape[ax];
    int outer = 1;
    for (int d = 0; d < ax; d++) {
      outer *= shape[d];
    }
    int inner = 1;
    for (int d = ax + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    // All indices are checked before the first write, so a bad index leaves the target as it was.
    int[] idx = resolve("takeAddInto", ind.i(), n, ax);
    GatherLoops.takeAdd(t.data, v.data, idx, outer, n, inner);
  }

  /** Geometry of select: outer, axis length and inner sizes, after checking shapes. */
  private static int[] selectGeometry(String kernel, CpuArray a, CpuArray ind, int axis) {
    int[] shape = a.shape();
    int[] expect = replaceAxis(shape, axis, new int[0]);
    if (!Arrays.equals(expect, ind.shape())) {
      throw new IllegalArgumentException(
          kernel
              + ": indices of shape "
              + Shapes.str(ind.shape())
              + " must have the shape "
              + Shapes.str(expect)
              + " of "
              + Shapes.str(shape)
              + " without axis "
              + axis);
    }
    int outer = 1;
    for (int d = 0; d < axis; d++) {
      outer *= shape[d];
    }
    int inner = 1;
    for (int d = axis + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    return new int[] {outer, shape[axis], inner};
  }

  NdArray selectAlongAxis(NdArray a, NdArray indices, int axis) {
    CpuArray x = arr(a, "selectAlongAxis");
    CpuArray ind = indicesOf(indices, "selectAlongAxis");
    int ax = Shapes.axis("selectAlongAxis", axis, x.ndim());
    int[] g = selectGeometry("selectAlongAxis", x, ind, ax);
    int n = g[1];
    int inner = g[2];
    CpuArray r = empty(x.dtype(), ind.shape().clone());
    int[] idx = ind.i();
    for (int o = 0; o < g[0]; o++) {
      for (int q = 0; q < inner; q++) {
        int p = o * inner + q;
        int j = index("selectAlongAxis", idx[p], n, ax);
        copyRow(x.data, (o * n + j) * inner + q, 1, r.data, p, 1, 1, false);
      }
    }
    return r;
  }

  void selectAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    CpuArray t = arr(target, "selectAddInto");
    CpuArray ind = indicesOf(indices, "selectAddInto");
    CpuArray v = arr(values, "selectAddInto");
    requireSameDtype("selectAddInto", t, v);
    int ax = Shapes.axis("selectAddInto", axis, t.ndim());
    int[] g = selectGeometry("selectAddInto", t, ind, ax);
    if (!Arrays.equals(v.shape(), ind.shape())) {
      throw new IllegalArgumentException(
          "selectAddInto: values of shape "
              + Shapes.str(v.shape())
              + " must match the indices' shape "
              + Shapes.str(ind.shape()));
    }
    int n = g[1];
    int inner = g[2];
    int[] idx = ind.i();
    for (int o = 0; o < g[0]; o++) {
      for (int q = 0; q < inner; q++) {
        int p = o * inner + q;
        int j = index("selectAddInto", idx[p], n, ax);
        copyRow(v.data, p, 1, t.data, (o * n + j) * inner + q, 1, 1, true);
      }
    }
  }
}
