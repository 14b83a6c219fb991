package dl.backend.openblas;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.UnaryOp;
import java.util.Arrays;

/**
 * Unary, binary (with broadcasting), scalar and {@code where} kernels; the loops themselves are in
 * {@link FloatKernels}, {@link DoubleKernels} and {@link IntKernels}.
 */
final class ElementwiseKernels extends CpuKernelGroup {
  ElementwiseKernels(CpuBackend backend) {
    super(backend);
  }

  NdArray unary(UnaryOp op, NdArray a) {
    CpuArray x = arr(a, "unary " + op);
    CpuArray r = empty(x.dtype(), x.shape().clone());
    int n = x.size();
    switch (x.dtype()) {
      case FLOAT32:
        {
          float[] s = x.f();
          float[] o = r.f();
          Par.range(n, (from, to) -> FloatKernels.unaryF(op, s, o, from, to));
          break;
        }
      case FLOAT64:
        {
          double[] s = x.d();
          double[] o = r.d();
          Par.range(n, (from, to) -> DoubleKernels.unaryD(op, s, o, from, to));
          break;
        }
      default:
        {
          if (!op.definedForInt()) {
            throw op.notForInt();
          }
          int[] s = x.i();
          int[] o = r.i();
          Par.range(n, (from, to) -> IntKernels.unaryI(op, s, o, from, to));
        }
    }
    return r;
  }

  /** One contiguous run of a binary kernel, dispatched on the storage type. */
  private static void binaryRun(
      BinaryOp op, Object a, int ao, Object b, int bo, Object o, int oo, int n) {
    if (o instanceof float[]) {
      FloatKernels.binaryF(op, (float[]) a, ao, (float[]) b, bo, (float[]) o, oo, n);
    } else if (o instanceof double[]) {
      DoubleKernels.binaryD(op, (double[]) a, ao, (double[]) b, bo, (double[]) o, oo, n);
    } else {
      IntKernels.binaryI(op, (int[]) a, ao, (int[]) b, bo, (int[]) o, oo, n);
    }
  }

  /** Block length of the temporary runs used for scalar and broadcast operands. */
  private static final int BLOCK = 4096;

  /** A run of {@code n} copies of element {@code k} of {@code src}, in src's storage type. */
  private static Object splat(Object src, int k, int n) {
    Object t = java.lang.reflect.Array.newInstance(src.getClass().getComponentType(), n);
    copyRow(src, k, 0, t, 0, 1, n, false);
    return t;
  }

  /**
   * {@code out = a op b} with broadcasting; {@code out} has the broadcast shape and may be {@code
   * a} itself (binaryInto). Only contiguous kernels run: a broadcast operand is expanded into a
   * short temporary run first, which is cheap next to the kernel.
   */
  private void binaryKernel(BinaryOp op, CpuArray a, CpuArray b, CpuArray out) {
    Object ad = a.data;
    Object bd = b.data;
    Object od = out.data;
    int n = out.size();
    if (n == 0) {
      return;
    }
    boolean aFull = a.size() == n;
    boolean bFull = b.size() == n;
    if (aFull && bFull) { // same shape (up to size-1 axes)
      Par.range(n, (from, to) -> binaryRun(op, ad, from, bd, from, od, from, to - from));
    } else if ((aFull && b.size() == 1) || (bFull && a.size() == 1)) { // scalar operand
      boolean scalarB = aFull;
      Object run = splat(scalarB ? bd : ad, 0, Math.min(n, BLOCK));
      Par.range(
          n,
          (from, to) -> {
            for (int s = from; s < to; s += BLOCK) {
              int len = Math.min(BLOCK, to - s);
              if (scalarB) {
                binaryRun(op, ad, s, run, 0, od, s, len);
              } else {
                binaryRun(op, run, 0, bd, s, od, s, len);
              }
            }
          });
    } else {
      int[] shape = out.shape();
      Rows rows =
          new Rows(
              shape,
              new int[3],
              Rows.contiguous(shape),
              Rows.broadcast(a.shape(), shape),
              Rows.broadcast(b.shape(), shape));
      int sa = rows.innerStride(1);
      int sb = rows.innerStride(2);
      int len = rows.rowLen;
      Par.range(
          rows.rows,
          len,
          (from, to) -> {
            Object ta =
                sa == 1
                    ? null
                    : java.lang.reflect.Array.newInstance(ad.getClass().getComponentType(), len);
            Object tb =
                sb == 1
                    ? null
                    : java.lang.reflect.Array.newInstance(bd.getClass().getComponentType(), len);
            rows.forEach(
                from,
                to,
                (off, m) -> {
                  int ao = off[1];
                  int bo = off[2];
                  Object ra = ad;
                  Object rb = bd;
                  if (ta != null) {
                    copyRow(ad, ao, sa, ta, 0, 1, m, false);
                    ra = ta;
                    ao = 0;
                  }
                  if (tb != null) {
                    copyRow(bd, bo, sb, tb, 0, 1, m, false);
                    rb = tb;
                    bo = 0;
                  }
                  binaryRun(op, ra, ao, rb, bo, od, off[0], m);
                });
          });
    }
  }

  private static void checkBinaryDtype(String kernel, BinaryOp op, CpuArray a, CpuArray b) {
    requireSameDtype(kernel, a, b);
    if (a.dtype() == DType.INT32 && !op.definedForInt()) {
      throw new IllegalArgumentException(
          kernel
              + ": not defined for int32 (it needs float32 or"
              + " float64; convert with astype)");
    }
  }

  NdArray binary(BinaryOp op, NdArray a, NdArray b) {
    String kernel = "binary " + op;
    CpuArray x = arr(a, kernel);
    CpuArray y = arr(b, kernel);
    checkBinaryDtype(kernel, op, x, y);
    int[] shape =
        Arrays.equals(x.shape(), y.shape())
            ? x.shape().clone()
            : broadcastShape(kernel, x.shape(), y.shape());
    CpuArray r = empty(x.dtype(), shape);
    binaryKernel(op, x, y, r);
    return r;
  }

  void binaryInto(BinaryOp op, NdArray target, NdArray b) {
    String kernel = "binaryInto " + op;
    CpuArray t = arr(target, kernel);
    CpuArray y = arr(b, kernel);
    checkBinaryDtype(kernel, op, t, y);
    if (!Shapes.broadcastsTo(y.shape(), t.shape())) {
      throw new IllegalArgumentException(
          kernel
              + ": operand of shape "
              + Shapes.str(y.shape())
              + " cannot be broadcast to the target's shape "
              + Shapes.str(t.shape()));
    }
    binaryKernel(op, t, y, t);
  }

  NdArray binaryScalar(BinaryOp op, NdArray a, double scalar, boolean scalarFirst) {
    String kernel = "binaryScalar " + op;
    CpuArray x = arr(a, kernel);
    if (x.dtype() == DType.INT32 && scalar != Math.rint(scalar)) {
      if (op.isComparison()) { // exact in float64, and the 1/0 result converts back exactly
        return backend.astype(
            binaryScalar(op, backend.astype(x, DType.FLOAT64), scalar, scalarFirst), DType.INT32);
      }
      throw new IllegalArgumentException(
          kernel
              + ": int32 array with the non-integer scalar "
              + scalar
              + " (the result would not be int32; convert with astype first)");
    }
    if (op == BinaryOp.POW && !scalarFirst && scalar == 2 && x.dtype().isFloating()) {
      return unary(UnaryOp.SQUARE, x);
    }
    CpuArray s = empty(x.dtype(), new int[0]);
    set(s.data, 0, scalar);
    checkBinaryDtype(kernel, op, x, s);
    CpuArray r = empty(x.dtype(), x.shape().clone());
    if (scalarFirst) {
      binaryKernel(op, s, x, r);
    } else {
      binaryKernel(op, x, s, r);
    }
    return r;
  }

  /** cond as 1/0 in dtype t (NumPy truthiness: nonzero, NaN included, is true). */
  private CpuArray mask(CpuArray cond, DType t) {
    if (cond.dtype() == t) {
      return cond;
    }
    CpuArray m = empty(t, cond.shape());
    int n = cond.size();
    for (int k = 0; k < n; k++) {
      set(m.data, k, get(cond.data, k) != 0 ? 1 : 0);
    }
    return m;
  }

  NdArray where(NdArray cond, NdArray a, NdArray b) {
    CpuArray c0 = arr(cond, "where");
    CpuArray x = arr(a, "where");
    CpuArray y = arr(b, "where");
    requireSameDtype("where", x, y);
    int[] shape =
        broadcastShape("where", broadcastShape("where", c0.shape(), x.shape()), y.shape());
    CpuArray c = mask(c0, x.dtype());
    CpuArray r = empty(x.dtype(), shape);
    if (r.size() == 0) {
      return r;
    }
    Rows rows =
        new Rows(
            shape,
            new int[4],
            Rows.contiguous(shape),
            Rows.broadcast(c.shape(), shape),
            Rows.broadcast(x.shape(), shape),
            Rows.broadcast(y.shape(), shape));
    int cs = rows.innerStride(1);
    int xs = rows.innerStride(2);
    int ys = rows.innerStride(3);
    Object cd = c.data;
    Object xd = x.data;
    Object yd = y.data;
    Object od = r.data;
    rows.forEachParallel(
        (off, n) -> {
          int oo = off[0];
          int co = off[1];
          int xo = off[2];
          int yo = off[3];
          if (od instanceof float[]) {
            float[] o = (float[]) od;
            float[] cc = (float[]) cd;
            float[] xx = (float[]) xd;
            float[] yy = (float[]) yd;
            for (int i = 0; i < n; i++) {
              o[oo + i] = cc[co + i * cs] != 0 ? xx[xo + i * xs] : yy[yo + i * ys];
            }
          } else if (od instanceof double[]) {
            double[] o = (double[]) od;
            double[] cc = (double[]) cd;
            double[] xx = (double[]) xd;
            double[] yy = (double[]) yd;
            for (int i = 0; i < n; i++) {
              o[oo + i] = cc[co + i * cs] != 0 ? xx[xo + i * xs] : yy[yo + i * ys];
            }
          } else {
            int[] o = (int[]) od;
            int[] cc = (int[]) cd;
            int[] xx = (int[]) xd;
            int[] yy = (int[]) yd;
            for (int i = 0; i < n; i++) {
              o[oo + i] = cc[co + i * cs] != 0 ? xx[xo + i * xs] : yy[yo + i * ys];
            }
          }
        });
    return r;
  }
}
