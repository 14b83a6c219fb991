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
    return b.view(x, Shapes.reshape("reshape", x.shape(), shape));
  }

  CudaArray transpose(CudaArray x, int[] axes) {
    return permute(x, Shapes.permutation("transpose", axes, x.shape()));
  }

  /** A contiguous copy with axes in the order {@code perm}. */
  CudaArray permute(CudaArray x, int[] perm) {
    int[] out = Shapes.permute(x.shape(), perm);
    long[] st = longs(Shapes.permute(Shapes.strides(x.shape()), perm));
    CudaArray r = b.alloc(x.dtype(), out);
    strided(x, 0, st, r, 0, CudaLayout.contiguous(out), out, false);
    return r;
  }

  CudaArray slice(CudaArray x, int[] start, int[] stop, int[] step) {
    Shapes.Slice g = Shapes.slice("slice", x.shape(), start, stop, step);
    CudaArray r = b.alloc(x.dtype(), g.shape());
    strided(
        x, g.base(), longs(g.strides()), r, 0, CudaLayout.contiguous(g.shape()), g.shape(), false);
    return r;
  }

  void sliceAddInto(CudaArray t, int[] start, int[] stop, int[] step, CudaArray v) {
    CudaBackend.sameDtype("sliceAddInto", t, v);
    Shapes.Slice g = Shapes.slice("sliceAddInto", t.shape(), start, stop, step);
    int[] out = g.shape();
    CudaBackend.requireBroadcast("sliceAddInto", "values", v.shape(), out);
    strided(
        v,
        0,
        CudaLayout.broadcastStrides(v.shape(), out),
        t,
        g.base(),
        longs(g.strides()),
        out,
        true);
  }

  CudaArray concat(CudaArray[] xs, int axis) {
    int[][] shapes = new int[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      shapes[i] = xs[i].shape();
    }
    int[] out = Shapes.concat("concat", shapes, axis);
    int ax = Shapes.axis("concat", axis, out.length);
    for (CudaArray x : xs) {
      CudaBackend.sameDtype("concat", xs[0], x);
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
    CudaArray r = b.alloc(a.dtype(), taken(a.shape(), idx.shape(), ax));
    gather("take", a, idx, r, ax, false);
    return r;
  }

  void takeAddInto(CudaArray t, CudaArray idx, int axis, CudaArray v) {
    requireIndices("takeAddInto", idx);
    CudaBackend.sameDtype("takeAddInto", t, v);
    int ax = Shapes.axis("takeAddInto", axis, t.ndim());
    int[] out = taken(t.shape(), idx.shape(), ax);
    if (!Arrays.equals(out, v.shape())) {
      throw new IllegalArgumentException(
          "takeAddInto: values of shape "
              + Shapes.str(v.shape())
              + " do not match the gathered shape "
              + Shapes.str(out));
    }
    gather("takeAddInto", t, idx, v, ax, true);
  }

  /** The shape of {@code take}: {@code shape} with axis {@code ax} replaced by {@code idx}. */
  private static int[] taken(int[] shape, int[] idx, int ax) {
    int[] out = new int[shape.length - 1 + idx.length];
    System.arraycopy(shape, 0, out, 0, ax);
    System.arraycopy(idx, 0, out, ax, idx.length);
    System.arraycopy(shape, ax + 1, out, ax + idx.length, shape.length - ax - 1);
    return out;
  }

  private void gather(String kernel, CudaArray a, CudaArray idx, CudaArray v, int ax, boolean add) {
    int[] s = a.shape();
    long inner = Shapes.size(Arrays.copyOfRange(s, ax + 1, s.length));
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
    long inner = Shapes.size(Arrays.copyOfRange(s, ax + 1, s.length));
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

  /** Element strides of {@code from} read as {@code to} (0 along broadcast axes), as longs. */
  static long[] broadcastStrides(int[] from, int[] to) {
    return longs(Shapes.broadcastStrides(from, to));
  }

  /** Row-major element strides of {@code shape}, as longs. */
  static long[] contiguous(int[] shape) {
    return longs(Shapes.strides(shape));
  }

  private static long[] longs(int[] v) {
    long[] o = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = v[i];
    }
    return o;
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
