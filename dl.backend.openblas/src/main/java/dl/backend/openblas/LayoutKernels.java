package dl.backend.openblas;

import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/** Reshape, transpose, broadcast, basic slices and concatenation: the layout kernels. */
final class LayoutKernels extends CpuKernelGroup {
  LayoutKernels(CpuBackend backend) {
    super(backend);
  }

  NdArray reshape(NdArray a, int... shape) {
    CpuArray x = arr(a, "reshape");
    int[] s = shape.clone();
    int infer = -1;
    long known = 1;
    for (int k = 0; k < s.length; k++) {
      if (s[k] == -1 && infer < 0) {
        infer = k;
      } else if (s[k] < 0) {
        throw new IllegalArgumentException("reshape: invalid shape " + Arrays.toString(shape));
      } else {
        known *= s[k];
      }
    }
    if (infer >= 0) {
      if (known == 0 || x.size() % known != 0) {
        throw new IllegalArgumentException(
            "reshape: cannot reshape array of size "
                + x.size()
                + " into shape "
                + Arrays.toString(shape));
      }
      s[infer] = (int) (x.size() / known);
      known *= s[infer];
    }
    if (known != x.size()) {
      throw new IllegalArgumentException(
          "reshape: cannot reshape array of shape "
              + Shapes.str(x.shape())
              + " (size "
              + x.size()
              + ") into shape "
              + Shapes.str(s));
    }
    return wrap(x.dtype(), s, x.data); // shares storage
  }

  NdArray transpose(NdArray a, int... axes) {
    CpuArray x = arr(a, "transpose");
    int nd = x.ndim();
    int[] perm;
    if (axes == null || axes.length == 0) {
      perm = new int[nd]; // NumPy's default: reverse the axes
      for (int k = 0; k < nd; k++) {
        perm[k] = nd - 1 - k;
      }
    } else {
      if (axes.length != nd) {
        throw new IllegalArgumentException(
            "transpose: axes "
                + Arrays.toString(axes)
                + " don't match an array of shape "
                + Shapes.str(x.shape()));
      }
      perm = new int[nd];
      boolean[] seen = new boolean[nd];
      for (int k = 0; k < nd; k++) {
        perm[k] = Shapes.axis("transpose", axes[k], nd);
        if (seen[perm[k]]) {
          throw new IllegalArgumentException(
              "transpose: repeated axis in " + Arrays.toString(axes));
        }
        seen[perm[k]] = true;
      }
    }
    int[] cs = Rows.contiguous(x.shape());
    int[] outShape = new int[nd];
    int[] srcStrides = new int[nd];
    for (int k = 0; k < nd; k++) {
      outShape[k] = x.shape()[perm[k]];
      srcStrides[k] = cs[perm[k]];
    }
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

  /** Shape, base offset and strides of a basic slice (bounds as Python's slice.indices()). */
  private static int[][] sliceGeometry(
      String kernel, int[] shape, int[] start, int[] stop, int[] step) {
    int nd = shape.length;
    if (start.length != nd || stop.length != nd || step.length != nd) {
      throw new IllegalArgumentException(
          kernel
              + ": start/stop/step need one entry per axis of"
              + " shape "
              + Shapes.str(shape)
              + ", got "
              + Arrays.toString(start)
              + ", "
              + Arrays.toString(stop)
              + ", "
              + Arrays.toString(step));
    }
    int[] cs = Rows.contiguous(shape);
    int[] out = new int[nd];
    int[] strides = new int[nd];
    int base = 0;
    for (int k = 0; k < nd; k++) {
      int st = step[k];
      if (st == 0) {
        throw new IllegalArgumentException(kernel + ": slice step cannot be zero (axis " + k + ")");
      }
      int len = st > 0 ? (stop[k] - start[k] + st - 1) / st : (start[k] - stop[k] - st - 1) / -st;
      len = Math.max(0, len);
      if (len > 0) {
        int last = start[k] + (len - 1) * st;
        if (start[k] < 0 || start[k] >= shape[k] || last < 0 || last >= shape[k]) {
          throw new IllegalArgumentException(
              kernel
                  + ": slice "
                  + start[k]
                  + ":"
                  + stop[k]
                  + ":"
                  + st
                  + " is out of bounds for axis "
                  + k
                  + " of size "
                  + shape[k]
                  + " (bounds must be normalised as by Python's slice.indices())");
        }
        base += start[k] * cs[k];
      }
      out[k] = len;
      strides[k] = st * cs[k];
    }
    return new int[][] {out, strides, {base}};
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
    int nd = first.ndim();
    if (nd == 0) {
      throw new IllegalArgumentException("concat: zero-dimensional arrays cannot be concatenated");
    }
    int ax = Shapes.axis("concat", axis, nd);
    int[] outShape = first.shape().clone();
    outShape[ax] = 0;
    CpuArray[] xs = new CpuArray[arrays.length];
    for (int k = 0; k < arrays.length; k++) {
      xs[k] = arr(arrays[k], "concat");
      requireSameDtype("concat", first, xs[k]);
      int[] s = xs[k].shape();
      boolean ok = s.length == nd;
      for (int d = 0; ok && d < nd; d++) {
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
