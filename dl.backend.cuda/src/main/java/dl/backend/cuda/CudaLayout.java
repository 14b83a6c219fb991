package dl.backend.cuda;

import dl.api.DType;
import dl.api.Shapes;
import java.util.Arrays;

/** Layout, gather and scatter kernels of {@link CudaBackend}: strided copies and index kernels. */
final class CudaLayout {
  private final CudaBackend b;
  private DeviceBuffer err;

  CudaLayout(CudaBackend b) {
    this.b = b;
  }

  /**
   * {@code dst[dOff + Σ k·ds] (+)= src[sOff + Σ k·ss]} over {@code shape}, casting to dst's dtype;
   * adjacent axes that are contiguous in both are merged first.
   */
  void strided(
      CudaArray src,
      long sOff,
      long[] ss,
      CudaArray dst,
      long dOff,
      long[] ds,
      int[] shape,
      boolean add) {
    long n = Shapes.size(shape);
    if (n == 0) {
      return;
    }
    int[] sh = new int[shape.length];
    long[] s1 = new long[shape.length];
    long[] d1 = new long[shape.length];
    int nd = 0;
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] == 1) {
        continue;
      }
      if (nd > 0 && s1[nd - 1] == ss[d] * shape[d] && d1[nd - 1] == ds[d] * shape[d]) {
        sh[nd - 1] *= shape[d];
        s1[nd - 1] = ss[d];
        d1[nd - 1] = ds[d];
      } else {
        sh[nd] = shape[d];
        s1[nd] = ss[d];
        d1[nd] = ds[d];
        nd++;
      }
    }
    int[] mshape = Arrays.copyOf(sh, nd);
    DType st = src.dtype();
    DType dt = dst.dtype();
    String name = "catena_strided_" + st.label() + "_" + dt.label() + (add ? "_add" : "");
    b.launch(
        name,
        () -> CudaKernelSource.strided(name, st, dt, add),
        n,
        new KernelArgs()
            .ptr(src.pointer())
            .ptr(dst.pointer())
            .i64(n)
            .i64(sOff)
            .i64(dOff)
            .struct(CudaLayout.geometry(mshape, Arrays.copyOf(s1, nd), Arrays.copyOf(d1, nd))));
  }

  CudaArray reshape(CudaArray x, int[] shape) {
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
    if (infer >= 0 && known != 0 && x.size() % known == 0) {
      s[infer] = (int) (x.size() / known);
      known *= s[infer];
    }
    if (known != x.size() || (infer >= 0 && s[infer] < 0)) {
      throw new IllegalArgumentException(
          "reshape: cannot reshape array of shape "
              + Shapes.str(x.shape())
              + " (size "
              + x.size()
              + ") into shape "
              + Arrays.toString(shape));
    }
    return b.view(x, s);
  }

  CudaArray transpose(CudaArray x, int[] axes) {
    int nd = x.ndim();
    if (axes != null && axes.length != 0 && axes.length != nd) {
      throw new IllegalArgumentException(
          "transpose: axes "
              + Arrays.toString(axes)
              + " don't match an array of shape "
              + Shapes.str(x.shape()));
    }
    int[] perm = new int[nd];
    boolean[] seen = new boolean[nd];
    for (int k = 0; k < nd; k++) {
      perm[k] =
          axes == null || axes.length == 0 ? nd - 1 - k : Shapes.axis("transpose", axes[k], nd);
      if (seen[perm[k]]) {
        throw new IllegalArgumentException("transpose: repeated axis in " + Arrays.toString(axes));
      }
      seen[perm[k]] = true;
    }
    return permute(x, perm);
  }

  /** A contiguous copy with axes in the order {@code perm}. */
  CudaArray permute(CudaArray x, int[] perm) {
    int nd = perm.length;
    int[] cs = Shapes.strides(x.shape());
    int[] out = new int[nd];
    long[] st = new long[nd];
    for (int k = 0; k < nd; k++) {
      out[k] = x.shape()[perm[k]];
      st[k] = cs[perm[k]];
    }
    CudaArray r = b.alloc(x.dtype(), out);
    strided(x, 0, st, r, 0, CudaLayout.contiguous(out), out, false);
    return r;
  }

  /** Output shape, source offset and source strides of a basic slice. */
  private static long[][] sliceGeometry(int[] shape, int[] start, int[] stop, int[] step) {
    int nd = shape.length;
    if (start.length != nd || stop.length != nd || step.length != nd) {
      throw new IllegalArgumentException(
          "slice: start, stop and step need one entry per axis of shape " + Shapes.str(shape));
    }
    int[] cs = Shapes.strides(shape);
    long[] out = new long[nd];
    long[] st = new long[nd];
    long off = 0;
    for (int d = 0; d < nd; d++) {
      if (step[d] == 0) {
        throw new IllegalArgumentException(
            "slice: step 0 on axis " + d + " (slice step cannot be zero)");
      }
      int span = step[d] > 0 ? stop[d] - start[d] : start[d] - stop[d];
      out[d] = Math.max(0, (span + Math.abs(step[d]) - 1) / Math.abs(step[d]));
      if (out[d] > 0
          && (start[d] < 0
              || start[d] >= shape[d]
              || start[d] + (out[d] - 1) * step[d] < 0
              || start[d] + (out[d] - 1) * step[d] >= shape[d])) {
        throw new IllegalArgumentException(
            "slice: axis "
                + d
                + " range "
                + start[d]
                + ":"
                + stop[d]
                + ":"
                + step[d]
                + " is outside an axis of size "
                + shape[d]);
      }
      off += (long) start[d] * cs[d];
      st[d] = (long) step[d] * cs[d];
    }
    return new long[][] {out, {off}, st};
  }

  private static int[] ints(long[] v) {
    int[] o = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = (int) v[i];
    }
    return o;
  }

  CudaArray slice(CudaArray x, int[] start, int[] stop, int[] step) {
    long[][] g = sliceGeometry(x.shape(), start, stop, step);
    int[] out = ints(g[0]);
    CudaArray r = b.alloc(x.dtype(), out);
    strided(x, g[1][0], g[2], r, 0, CudaLayout.contiguous(out), out, false);
    return r;
  }

  void sliceAddInto(CudaArray t, int[] start, int[] stop, int[] step, CudaArray v) {
    CudaBackend.sameDtype("sliceAddInto", t, v);
    long[][] g = sliceGeometry(t.shape(), start, stop, step);
    int[] out = ints(g[0]);
    CudaBackend.requireBroadcast("sliceAddInto", "values", v.shape(), out);
    strided(v, 0, CudaLayout.broadcastStrides(v.shape(), out), t, g[1][0], g[2], out, true);
  }

  CudaArray concat(CudaArray[] xs, int axis) {
    int nd = xs[0].ndim();
    int ax = Shapes.axis("concat", axis, nd);
    int[] out = xs[0].shape().clone();
    out[ax] = 0;
    for (CudaArray x : xs) {
      CudaBackend.sameDtype("concat", xs[0], x);
      boolean ok = x.ndim() == nd;
      for (int d = 0; ok && d < nd; d++) {
        ok = d == ax || x.shape()[d] == xs[0].shape()[d];
      }
      if (!ok) {
        throw new IllegalArgumentException(
            "concat: shapes "
                + Shapes.str(xs[0].shape())
                + " and "
                + Shapes.str(x.shape())
                + " differ outside axis "
                + ax);
      }
      out[ax] += x.shape()[ax];
    }
    CudaArray r = b.alloc(xs[0].dtype(), out);
    long[] ds = CudaLayout.contiguous(out);
    long off = 0;
    for (CudaArray x : xs) {
      strided(x, 0, CudaLayout.contiguous(x.shape()), r, off * ds[ax], ds, x.shape(), false);
      off += x.shape()[ax];
    }
    return r;
  }

  // ---- gathers: an out-of-range index is flagged by the kernel and raised here

  private long errorFlag() {
    if (err == null) {
      err = new DeviceBuffer(b.pool, b.pool.malloc(8, b.stream), 8); // outlives every scope
    }
    b.rt.memset(err.pointer(), 0, 8, b.stream);
    return err.pointer();
  }

  private void checkFlag(String kernel, int axis, int len) {
    java.nio.ByteBuffer f = CudaBackend.le(8);
    b.rt.copyToHost(f, err.pointer(), 8, b.stream);
    if (f.getInt(0) != 0) {
      throw new IndexOutOfBoundsException(
          kernel
              + ": index "
              + f.getInt(4)
              + " is out of bounds for axis "
              + axis
              + " with size "
              + len);
    }
  }

  private static void requireIndices(String kernel, CudaArray idx) {
    if (idx.dtype() != DType.INT32) {
      throw new IllegalArgumentException(
          kernel + ": indices must be int32, got " + idx.dtype() + " " + Shapes.str(idx.shape()));
    }
  }

  CudaArray take(CudaArray a, CudaArray idx, int axis) {
    requireIndices("take", idx);
    int ax = Shapes.axis("take", axis, a.ndim());
    int[] s = a.shape();
    int[] out = new int[s.length - 1 + idx.ndim()];
    System.arraycopy(s, 0, out, 0, ax);
    System.arraycopy(idx.shape(), 0, out, ax, idx.ndim());
    System.arraycopy(s, ax + 1, out, ax + idx.ndim(), s.length - ax - 1);
    CudaArray r = b.alloc(a.dtype(), out);
    gather("take", a, idx, r, ax, false);
    return r;
  }

  void takeAddInto(CudaArray t, CudaArray idx, int axis, CudaArray v) {
    requireIndices("takeAddInto", idx);
    CudaBackend.sameDtype("takeAddInto", t, v);
    int ax = Shapes.axis("takeAddInto", axis, t.ndim());
    int[] s = t.shape();
    int[] out = new int[s.length - 1 + idx.ndim()];
    System.arraycopy(s, 0, out, 0, ax);
    System.arraycopy(idx.shape(), 0, out, ax, idx.ndim());
    System.arraycopy(s, ax + 1, out, ax + idx.ndim(), s.length - ax - 1);
    if (!Arrays.equals(out, v.shape())) {
      throw new IllegalArgumentException(
          "takeAddInto: values of shape "
              + Shapes.str(v.shape())
              + " do not match the gathered shape "
              + Shapes.str(out));
    }
    gather("takeAddInto", t, idx, v, ax, true);
  }

  private void gather(String kernel, CudaArray a, CudaArray idx, CudaArray v, int ax, boolean add) {
    int[] s = a.shape();
    long inner = 1;
    for (int d = ax + 1; d < s.length; d++) {
      inner *= s[d];
    }
    DType t = a.dtype();
    String name = "catena_" + (add ? "takeadd_" : "take_") + t.label();
    if (v.size() == 0) {
      return;
    }
    long flag = errorFlag();
    b.launch(
        name,
        () -> CudaKernelSource.take(name, t, add),
        v.size(),
        new KernelArgs()
            .ptr(a.pointer())
            .ptr(idx.pointer())
            .ptr(v.pointer())
            .i64(v.size())
            .i64(idx.size())
            .i64(s[ax])
            .i64(inner)
            .ptr(flag));
    checkFlag(kernel, ax, s[ax]);
  }

  /** selectAlongAxis ({@code values == null}: returns the picks) or selectAddInto. */
  CudaArray select(CudaArray a, CudaArray idx, int axis, CudaArray values) {
    String kernel = values == null ? "selectAlongAxis" : "selectAddInto";
    requireIndices(kernel, idx);
    int ax = Shapes.axis(kernel, axis, a.ndim());
    int[] s = a.shape();
    int[] out = Shapes.reduced(s, new int[] {ax}, false);
    if (!Arrays.equals(out, idx.shape())) {
      throw new IllegalArgumentException(
          kernel
              + ": indices of shape "
              + Shapes.str(idx.shape())
              + " must have the array's shape without axis "
              + ax
              + ", "
              + Shapes.str(out));
    }
    CudaArray v = values;
    if (v == null) {
      v = b.alloc(a.dtype(), out);
    } else {
      CudaBackend.sameDtype(kernel, a, v);
      if (!Arrays.equals(out, v.shape())) {
        throw new IllegalArgumentException(
            kernel
                + ": values of shape "
                + Shapes.str(v.shape())
                + ", expected "
                + Shapes.str(out));
      }
    }
    if (v.size() == 0) {
      return v;
    }
    long inner = 1;
    for (int d = ax + 1; d < s.length; d++) {
      inner *= s[d];
    }
    DType t = a.dtype();
    boolean add = values != null;
    String name = "catena_" + (add ? "selectadd_" : "select_") + t.label();
    long flag = errorFlag();
    b.launch(
        name,
        () -> CudaKernelSource.select(name, t, add),
        v.size(),
        new KernelArgs()
            .ptr(a.pointer())
            .ptr(idx.pointer())
            .ptr(v.pointer())
            .i64(v.size())
            .i64(s[ax])
            .i64(inner)
            .ptr(flag));
    checkFlag(kernel, ax, s[ax]);
    return v;
  }

  /** Element strides of {@code from} read as {@code to} (0 along broadcast axes). */
  static long[] broadcastStrides(int[] from, int[] to) {
    int[] st = Shapes.strides(from);
    long[] out = new long[to.length];
    int off = to.length - from.length;
    for (int d = 0; d < from.length; d++) {
      out[d + off] = from[d] == 1 ? 0 : st[d];
    }
    return out;
  }

  static long[] contiguous(int[] shape) {
    return broadcastStrides(shape, shape);
  }

  /**
   * Broadcast geometry as the kernels' struct: ndim, then shape and one stride array per operand.
   */
  static KernelArgs.Struct geometry(int[] shape, long[]... strides) {
    int nd = shape.length;
    if (nd > KernelSource.MAX_DIMS) {
      throw new IllegalArgumentException(
          "cuda: arrays of more than " + KernelSource.MAX_DIMS + " dimensions are not supported");
    }
    KernelArgs.Struct s = new KernelArgs.Struct().i32(nd);
    for (int d = 0; d < KernelSource.MAX_DIMS; d++) {
      s.i64(d < nd ? shape[d] : 1);
    }
    for (long[] st : strides) {
      for (int d = 0; d < KernelSource.MAX_DIMS; d++) {
        s.i64(d < nd ? st[d] : 0);
      }
    }
    return s;
  }
}
