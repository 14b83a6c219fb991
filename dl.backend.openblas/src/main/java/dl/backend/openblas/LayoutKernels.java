package dl.backend.openblas;

import dl.api.NdArray;
import dl.api.Shapes;

/** Reshape, transpose, broadcast, basic slices and concatenation: the layout kernels. */
final class LayoutKernels extends CpuKernelGroup {
  LayoutKernels(CpuBackend backend) {
    super(backend);
  }

  NdArray reshape(NdArray a, int... shape) {
    CpuArray x = arr(a, "reshape");
    int[] s = Shapes.reshape("reshape", x.shape(), shape);
    return wrap(x.dtype(), s, x.data); // shares storage
  }

  NdArray transpose(NdArray a, int... axes) {
    CpuArray x = arr(a, "transpose");
    int[] perm = Shapes.permutation("transpose", axes, x.shape());
    int[] outShape = Shapes.permute(x.shape(), perm);
    int[] srcStrides = Shapes.permute(Shapes.strides(x.shape()), perm);
    CpuArray r = empty(x.dtype(), outShape);
    stridedCopy(outShape, x.data, 0, srcStrides, r.data, 0, Rows.contiguous(outShape), false);
    return r;
  }

  NdArray broadcastTo(NdArray a, int... shape) {
    CpuArray x = arr(a, "broadcastTo");
    int[] s = checkShape("broadcastTo", shape);
    if (!Shapes.broadcastsTo(x.shape(), s)) {
      throw new IllegalArgumentException(
          "broadcastTo: cannot broadcast an array of shape "
              + Shapes.str(x.shape())
              + " to shape "
              + Shapes.str(s));
    }
    CpuArray r = empty(x.dtype(), s);
    stridedCopy(s, x.data, 0, Rows.broadcast(x.shape(), s), r.data, 0, Rows.contiguous(s), false);
    return r;
  }

  /** Shape, strides and base offset of a basic slice, as {@code {shape, strides, {base}}}. */
  private static int[][] sliceGeometry(
      String kernel, int[] shape, int[] start, int[] stop, int[] step) {
    Shapes.Slice g = Shapes.slice(kernel, shape, start, stop, step);
    return new int[][] {g.shape(), g.strides(), {g.base()}};
  }

  NdArray slice(NdArray a, int[] start, int[] stop, int[] step) {
    CpuArray x = arr(a, "slice");
    int[][] g = sliceGeometry("slice", x.shape(), start, stop, step);
    CpuArray r = empty(x.dtype(), g[0]);
    stridedCopy(g[0], x.data, g[2][0], g[1], r.data, 0, Rows.contiguous(g[0]), false);
    return r;
  }

  void sliceAddInto(NdArray target, int[] start, int[] stop, int[] step, NdArray values) {
    CpuArray t = arr(target, "sliceAddInto");
    CpuArray v = arr(values, "sliceAddInto");
    requireSameDtype("sliceAddInto", t, v);
    int[][] g = sliceGeometry("sliceAddInto", t.shape(), start, stop, step);
    if (!Shapes.broadcastsTo(v.shape(), g[0])) {
      throw new IllegalArgumentException(
          "sliceAddInto: values of shape "
              + Shapes.str(v.shape())
              + " do not match the slice of shape "
              + Shapes.str(g[0]));
    }
    stridedCopy(g[0], v.data, 0, Rows.broadcast(v.shape(), g[0]), t.data, g[2][0], g[1], true);
  }

  NdArray concat(NdArray[] arrays, int axis) {
    if (arrays.length == 0) {
      throw new IllegalArgumentException("concat: need at least one array");
    }
    CpuArray first = arr(arrays[0], "concat");
    CpuArray[] xs = new CpuArray[arrays.length];
    int[][] shapes = new int[arrays.length][];
    for (int k = 0; k < arrays.length; k++) {
      xs[k] = arr(arrays[k], "concat");
      requireSameDtype("concat", first, xs[k]);
      shapes[k] = xs[k].shape();
    }
    int[] outShape = Shapes.concat("concat", shapes, axis);
    int ax = Shapes.axis("concat", axis, outShape.length);
    CpuArray r = empty(first.dtype(), outShape);
    int outer = 1;
    for (int d = 0; d < ax; d++) {
      outer *= outShape[d];
    }
    int inner = Shapes.size(outShape) / Math.max(1, outer * outShape[ax]);
    if (outShape[ax] == 0) {
      return r;
    }
    int outChunk = outShape[ax] * inner;
    int pos = 0;
    for (CpuArray x : xs) {
      int chunk = x.shape()[ax] * inner;
      for (int o = 0; o < outer; o++) {
        System.arraycopy(x.data, o * chunk, r.data, o * outChunk + pos, chunk);
      }
      pos += chunk;
    }
    return r;
  }
}
