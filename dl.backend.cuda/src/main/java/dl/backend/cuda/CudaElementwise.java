package dl.backend.cuda;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.UnaryOp;
import java.util.Arrays;

/**
 * Elementwise kernels of {@link CudaBackend}: unary and broadcasting binary ops from {@link
 * KernelSource}, scalar ops, {@code where}, and the fused axpy and Adam updates (which return false
 * when their operands need the contract's general composition instead).
 */
final class CudaElementwise {
  private CudaElementwise() {}

  static NdArray unary(CudaBackend b, UnaryOp op, NdArray a) {
    CudaArray x = b.arr(a, "unary " + op);
    String name = KernelSource.unaryName(op, x.dtype());
    String src;
    try {
      src = KernelSource.unary(op, x.dtype());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unary "
              + op
              + ": not defined for int32 (it needs float32 or float64; convert with"
              + " astype)",
          e);
    }
    CudaArray r = b.alloc(x.dtype(), x.shape().clone());
    b.launch(
        name,
        () -> src,
        x.size(),
        new KernelArgs().ptr(x.pointer()).ptr(r.pointer()).i64(x.size()));
    return r;
  }

  private static void binaryKernel(
      CudaBackend be, String kernel, BinaryOp op, CudaArray a, CudaArray b, CudaArray out) {
    CudaBackend.sameDtype(kernel, a, b);
    DType t = a.dtype();
    if (t == DType.INT32 && op == BinaryOp.ARCTAN2) {
      throw new IllegalArgumentException(
          kernel + ": not defined for int32 (it needs float32 or float64; convert with astype)");
    }
    int[] s = out.shape();
    String name = KernelSource.binaryName(op, t);
    be.launch(
        name,
        () -> KernelSource.binary(op, t),
        out.size(),
        new KernelArgs()
            .ptr(a.pointer())
            .ptr(b.pointer())
            .ptr(out.pointer())
            .i64(out.size())
            .struct(
                CudaLayout.geometry(
                    s,
                    CudaLayout.broadcastStrides(a.shape(), s),
                    CudaLayout.broadcastStrides(b.shape(), s))));
  }

  static NdArray binary(CudaBackend be, BinaryOp op, NdArray a, NdArray b) {
    String kernel = "binary " + op;
    CudaArray x = be.arr(a, kernel);
    CudaArray y = be.arr(b, kernel);
    CudaBackend.sameDtype(kernel, x, y);
    CudaArray r = be.alloc(x.dtype(), Shapes.broadcast(kernel, x.shape(), y.shape()));
    binaryKernel(be, kernel, op, x, y, r);
    return r;
  }

  static void binaryInto(CudaBackend be, BinaryOp op, NdArray target, NdArray b) {
    String kernel = "binaryInto " + op;
    CudaArray t = be.arr(target, kernel);
    CudaArray y = be.arr(b, kernel);
    CudaBackend.requireBroadcast(kernel, "operand", y.shape(), t.shape());
    binaryKernel(be, kernel, op, t, y, t);
  }

  static NdArray binaryScalar(
      CudaBackend b, BinaryOp op, NdArray a, double scalar, boolean scalarFirst) {
    String kernel = "binaryScalar " + op;
    CudaArray x = b.arr(a, kernel);
    DType t = x.dtype();
    if (t == DType.INT32 && scalar != Math.rint(scalar)) {
      if (op.compareTo(BinaryOp.GT) >= 0 && op.compareTo(BinaryOp.NE) <= 0) { // a comparison
        return b.astype(binaryScalar(b, op, b.astype(x, DType.FLOAT64), scalar, scalarFirst), t);
      }
      throw new IllegalArgumentException(
          kernel
              + ": int32 array with the non-integer scalar "
              + scalar
              + " (the result would not be int32; convert with astype first)");
    }
    if (t == DType.INT32 && op == BinaryOp.ARCTAN2) {
      throw new IllegalArgumentException(kernel + ": not defined for int32");
    }
    String name =
        "catena_scalar_" + op.name().toLowerCase() + "_" + t.label() + (scalarFirst ? "_r" : "");
    CudaArray r = b.alloc(t, x.shape().clone());
    b.launch(
        name,
        () -> CudaKernelSource.scalar(name, op, t, scalarFirst),
        x.size(),
        b.scalarArg(new KernelArgs().ptr(x.pointer()).ptr(r.pointer()).i64(x.size()), t, scalar));
    return r;
  }

  static NdArray where(CudaBackend be, NdArray cond, NdArray a, NdArray b) {
    CudaArray c = be.arr(cond, "where");
    CudaArray x = be.arr(a, "where");
    CudaArray y = be.arr(b, "where");
    CudaBackend.sameDtype("where", x, y);
    int[] s = Shapes.broadcast("where", c.shape(), x.shape(), y.shape());
    CudaArray r = be.alloc(x.dtype(), s);
    String name = "catena_where_" + c.dtype().label() + "_" + x.dtype().label();
    be.launch(
        name,
        () -> CudaKernelSource.where(name, c.dtype(), x.dtype()),
        r.size(),
        new KernelArgs()
            .ptr(c.pointer())
            .ptr(x.pointer())
            .ptr(y.pointer())
            .ptr(r.pointer())
            .i64(r.size())
            .struct(
                CudaLayout.geometry(
                    s,
                    CudaLayout.broadcastStrides(c.shape(), s),
                    CudaLayout.broadcastStrides(x.shape(), s),
                    CudaLayout.broadcastStrides(y.shape(), s))));
    return r;
  }

  static boolean axpyInto(CudaBackend b, NdArray target, double alpha, NdArray x) {
    CudaArray t = b.arr(target, "axpyInto");
    CudaArray v = b.arr(x, "axpyInto");
    if (!Arrays.equals(t.shape(), v.shape()) || t.dtype() != v.dtype() || !t.dtype().isFloating()) {
      return false;
    }
    String name = "catena_axpy_" + t.dtype().label();
    b.launch(
        name,
        () -> CudaKernelSource.axpy(name, t.dtype()),
        t.size(),
        new KernelArgs().ptr(t.pointer()).ptr(v.pointer()).i64(t.size()).f64(alpha));
    return true;
  }

  static boolean adamUpdate(
      CudaBackend b,
      NdArray param,
      NdArray grad,
      NdArray m,
      NdArray v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double eta,
      double weightDecayRate) {
    CudaArray p = b.arr(param, "adamUpdate");
    CudaArray g = b.arr(grad, "adamUpdate");
    CudaArray mm = b.arr(m, "adamUpdate");
    CudaArray vv = b.arr(v, "adamUpdate");
    boolean same = true;
    for (CudaArray o : new CudaArray[] {g, mm, vv}) {
      same &= Arrays.equals(p.shape(), o.shape()) && p.dtype() == o.dtype();
    }
    DType t = p.dtype();
    if (!same || !t.isFloating()) {
      return false;
    }
    String name = "catena_adam_" + t.label();
    KernelArgs args =
        new KernelArgs()
            .ptr(p.pointer())
            .ptr(g.pointer())
            .ptr(mm.pointer())
            .ptr(vv.pointer())
            .i64(p.size());
    for (double s : new double[] {lr, beta1, beta2, eps, eta, weightDecayRate}) {
      b.scalarArg(args, t, s);
    }
    b.launch(name, () -> CudaKernelSource.adam(name, t), p.size(), args);
    return true;
  }
}
