package dl.plugins.javabackend;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.UnaryOp;
import java.util.Arrays;

/** The arithmetic kernels of {@link JavaBackend}: elementwise, reductions and matrix products. */
final class Compute {
  private Compute() {}

  static NdArray unary(JavaBackend b, JavaArray x, UnaryOp op) {
    DType t = x.dtype();
    if (t == DType.INT32 && !op.definedForInt()) {
      throw op.notForInt();
    }
    JavaArray r = b.newArray(t, x.shape().clone());
    for (int k = 0; k < r.data.length; k++) {
      r.data[k] = Ops.round(t, Ops.unary(op, t, x.data[k]));
    }
    return r;
  }

  /** {@code out = a op b} with broadcasting; {@code out} may be {@code a} (binaryInto). */
  static void binary(String kernel, BinaryOp op, JavaArray a, JavaArray b, JavaArray out) {
    JavaBackend.requireSameDtype(kernel, a, b);
    DType t = a.dtype();
    if (t == DType.INT32 && !op.definedForInt()) {
      throw new IllegalArgumentException(
          kernel + ": not defined for int32 (it needs float32 or float64; convert with astype)");
    }
    int[] ao = Strided.broadcastOffsets(a.shape(), out.shape());
    int[] bo = Strided.broadcastOffsets(b.shape(), out.shape());
    double[] ad = out == a ? a.data.clone() : a.data; // in place: read the old values
    for (int k = 0; k < out.data.length; k++) {
      out.data[k] = Ops.round(t, Ops.binary(op, t, ad[ao[k]], b.data[bo[k]]));
    }
  }

  static NdArray reduce(JavaBackend b, JavaArray x, ReduceOp op, int[] axes, boolean keepdims) {
    String kernel = "reduce " + op;
    int[] ax = Shapes.axes(kernel, axes, x.ndim());
    if (ax.length == 0) {
      return b.copy(x);
    }
    int[] shape = x.shape();
    int[] outShape = Shapes.reduced(shape, ax, keepdims);
    int[] kept = Shapes.reduced(shape, ax, true);
    int[] st = Shapes.strides(kept);
    for (int d : ax) {
      st[d] = 0; // every element along a reduced axis lands in the same output cell
    }
    JavaArray r = b.newArray(x.dtype(), outShape);
    if (x.size() == 0 && r.size() > 0 && op.needsElements()) {
      throw new IllegalArgumentException(
          kernel
              + ": zero-size reduction over axes "
              + Arrays.toString(ax)
              + " of shape "
              + Shapes.str(shape)
              + " has no identity");
    }
    Arrays.fill(r.data, op.identity());
    boolean isInt = x.dtype() == DType.INT32;
    int[] dst = Strided.offsets(shape, st, 0);
    for (int k = 0; k < dst.length; k++) {
      double acc = r.data[dst[k]];
      double v = x.data[k];
      // int32 products wrap as int arithmetic: fold in long, then round
      r.data[dst[k]] =
          isInt && op == ReduceOp.PROD ? (double) (((long) acc) * ((long) v)) : op.combine(acc, v);
    }
    for (int k = 0; k < r.data.length; k++) {
      r.data[k] = Ops.round(x.dtype(), r.data[k]);
    }
    return r;
  }

  static NdArray argReduce(JavaBackend b, JavaArray x, ReduceOp op, int axis) {
    String kernel = "argReduce " + op;
    if (op != ReduceOp.MAX && op != ReduceOp.MIN) {
      throw new IllegalArgumentException(kernel + ": only MAX (argmax) and MIN (argmin) exist");
    }
    int ax = Shapes.axis(kernel, axis, x.ndim());
    int n = x.shape()[ax];
    int[] outShape = Shapes.reduced(x.shape(), new int[] {ax}, false);
    JavaArray r = b.newArray(DType.INT32, outShape);
    if (n == 0 && r.size() > 0) {
      throw new IllegalArgumentException(
          kernel
              + ": attempt to get the arg of an empty axis "
              + ax
              + " of shape "
              + Shapes.str(x.shape()));
    }
    int[] st = Shapes.strides(x.shape());
    int[] keptStrides = new int[outShape.length];
    for (int d = 0, j = 0; d < x.ndim(); d++) {
      if (d != ax) {
        keptStrides[j++] = st[d];
      }
    }
    int[] base = Strided.offsets(outShape, keptStrides, 0);
    for (int p = 0; p < base.length; p++) {
      double best = x.data[base[p]];
      int bi = 0;
      for (int j = 1; j < n && !Double.isNaN(best); j++) { // the first NaN wins, as NumPy
        double v = x.data[base[p] + j * st[ax]];
        if (Double.isNaN(v) || (op == ReduceOp.MAX ? v > best : v < best)) {
          best = v;
          bi = j;
        }
      }
      r.data[p] = bi;
    }
    return r;
  }

  static NdArray matmul(JavaBackend be, JavaArray a, JavaArray b, boolean transA, boolean transB) {
    JavaBackend.requireSameDtype("matmul", a, b);
    int nd = a.ndim();
    int[] mm = Shapes.matmul(a.shape(), b.shape(), transA, transB);
    int batch = mm[0];
    int batchA = mm[1];
    int batchB = mm[2];
    int m = mm[3];
    int n = mm[4];
    int k = mm[5];
    JavaArray r = be.newArray(a.dtype(), nd == 3 ? new int[] {batch, m, n} : new int[] {m, n});
    for (int i = 0; i < batch; i++) {
      int aOff = batchA == 1 ? 0 : i * m * k;
      int bOff = batchB == 1 ? 0 : i * k * n;
      double[] c = Gemm.product(a.data, aOff, transA, b.data, bOff, transB, m, n, k);
      for (int j = 0; j < c.length; j++) {
        r.data[i * m * n + j] = Ops.round(a.dtype(), c[j]);
      }
    }
    return r;
  }
}
