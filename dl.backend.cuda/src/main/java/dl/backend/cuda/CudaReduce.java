package dl.backend.cuda;

import dl.api.DType;
import dl.api.ReduceOp;
import dl.api.Shapes;
import java.util.Arrays;

/**
 * Reductions, arg-reductions and matrix products of {@link CudaBackend}. A reduction is viewed as
 * (outer, r, inner) — reduced axes that are not adjacent are first moved to the end — and reduced
 * by one thread per output, reading along {@code r} with stride {@code inner} (coalesced when inner
 * is large). Float products go to the runtime's GEMM with cuBLAS's column-major arguments.
 */
final class CudaReduce {
  private CudaReduce() {}

  /** (outer, r, inner) of {@code x} for sorted axes, after moving them together if needed. */
  private static CudaArray grouped(CudaBackend b, CudaArray x, int[] ax, long[] geo) {
    int[] s = x.shape();
    boolean adjacent = ax[ax.length - 1] - ax[0] == ax.length - 1;
    if (!adjacent) {
      int[] perm = new int[s.length];
      int j = 0;
      boolean[] red = new boolean[s.length];
      for (int a : ax) {
        red[a] = true;
      }
      for (int d = 0; d < s.length; d++) {
        if (!red[d]) {
          perm[j++] = d;
        }
      }
      for (int a : ax) {
        perm[j++] = a;
      }
      x = new CudaLayout(b).permute(x, perm);
      s = x.shape();
      ax = new int[ax.length];
      for (int i = 0; i < ax.length; i++) {
        ax[i] = s.length - ax.length + i;
      }
    }
    long outer = 1;
    long r = 1;
    long inner = 1;
    for (int d = 0; d < s.length; d++) {
      if (d < ax[0]) {
        outer *= s[d];
      } else if (d <= ax[ax.length - 1]) {
        r *= s[d];
      } else {
        inner *= s[d];
      }
    }
    geo[0] = outer;
    geo[1] = r;
    geo[2] = inner;
    return x;
  }

  static CudaArray reduce(CudaBackend b, CudaArray x, ReduceOp op, int[] axes, boolean keepdims) {
    String kernel = "reduce " + op;
    int[] ax = Shapes.axes(kernel, axes, x.ndim());
    if (ax.length == 0) {
      return (CudaArray) b.copy(x);
    }
    int[] outShape = Shapes.reduced(x.shape(), ax, keepdims);
    if (x.size() == 0 && Shapes.size(outShape) > 0 && (op == ReduceOp.MAX || op == ReduceOp.MIN)) {
      throw new IllegalArgumentException(
          kernel
              + ": zero-size reduction over axes "
              + Arrays.toString(ax)
              + " of shape "
              + Shapes.str(x.shape())
              + " has no identity");
    }
    CudaArray r = b.alloc(x.dtype(), outShape);
    long[] g = new long[3];
    CudaArray src = x.size() == 0 ? x : grouped(b, x, ax, g);
    if (x.size() == 0) { // the identity of an empty reduction
      g[0] = r.size();
      g[1] = 0;
      g[2] = 1;
    }
    DType t = x.dtype();
    String name = "catena_reduce3_" + op.name().toLowerCase() + "_" + t.label();
    b.launch(
        name,
        () -> CudaKernelSource.reduce3(name, op, t),
        r.size(),
        new KernelArgs().ptr(src.pointer()).ptr(r.pointer()).i64(r.size()).i64(g[1]).i64(g[2]));
    return r;
  }

  static CudaArray argReduce(CudaBackend b, CudaArray x, ReduceOp op, int axis) {
    String kernel = "argReduce " + op;
    if (op != ReduceOp.MAX && op != ReduceOp.MIN) {
      throw new IllegalArgumentException(kernel + ": only MAX (argmax) and MIN (argmin) exist");
    }
    int ax = Shapes.axis(kernel, axis, x.ndim());
    int[] outShape = Shapes.reduced(x.shape(), new int[] {ax}, false);
    CudaArray r = b.alloc(DType.INT32, outShape);
    if (x.shape()[ax] == 0 && r.size() > 0) {
      throw new IllegalArgumentException(
          kernel
              + ": attempt to get the arg of an empty axis "
              + ax
              + " of shape "
              + Shapes.str(x.shape()));
    }
    long[] g = new long[3];
    CudaArray src = grouped(b, x, new int[] {ax}, g);
    DType t = x.dtype();
    boolean max = op == ReduceOp.MAX;
    String name = "catena_arg" + (max ? "max_" : "min_") + t.label();
    b.launch(
        name,
        () -> CudaKernelSource.arg3(name, max, t),
        r.size(),
        new KernelArgs().ptr(src.pointer()).ptr(r.pointer()).i64(r.size()).i64(g[1]).i64(g[2]));
    return r;
  }

  static CudaArray matmul(
      CudaBackend be, CudaArray a, CudaArray b, boolean transA, boolean transB) {
    CudaBackend.sameDtype("matmul", a, b);
    int nd = a.ndim();
    int[] g = Shapes.matmul(a.shape(), b.shape(), transA, transB);
    int batchA = g[1];
    int batchB = g[2];
    int m = g[3];
    int n = g[4];
    int k = g[5];
    int batch = g[0];
    CudaArray c = be.alloc(a.dtype(), nd == 3 ? new int[] {batch, m, n} : new int[] {m, n});
    if (c.size() == 0) {
      return c;
    }
    long sa = batchA == 1 ? 0 : (long) m * k;
    long sb = batchB == 1 ? 0 : (long) k * n;
    if (a.dtype() == DType.INT32) {
      String name = "catena_matmul_int32";
      be.launch(
          name,
          () -> CudaKernelSource.matmulInt(name),
          c.size(),
          new KernelArgs()
              .ptr(a.pointer())
              .ptr(b.pointer())
              .ptr(c.pointer())
              .i64(c.size())
              .i64(m)
              .i64(n)
              .i64(k)
              .i64(sa)
              .i64(sb)
              .i64(transA ? m : 1)
              .i64(transA ? 1 : k)
              .i64(transB ? 1 : n)
              .i64(transB ? k : 1));
      return c;
    }
    if (k == 0) {
      be.fill(c, 0, 0);
      return c;
    }
    // Row-major C = op(A)·op(B) is column-major Cᵀ = op(B)ᵀ·op(A)ᵀ: swap the operands.
    be.rt.gemm(
        a.dtype(),
        transB,
        transA,
        n,
        m,
        k,
        1,
        b.pointer(),
        transB ? k : n,
        sb,
        a.pointer(),
        transA ? m : k,
        sa,
        0,
        c.pointer(),
        n,
        (long) m * n,
        batch,
        be.stream);
    return c;
  }
}
