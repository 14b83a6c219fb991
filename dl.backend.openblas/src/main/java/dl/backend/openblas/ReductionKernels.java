package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import java.util.Arrays;

/** Reductions over axes (sum, max, ...) and arg-reductions along one axis. */
final class ReductionKernels extends CpuKernelGroup {
  ReductionKernels(CpuBackend backend) {
    super(backend);
  }

  NdArray reduce(ReduceOp op, NdArray a, int[] axes, boolean keepdims) {
    String kernel = "reduce " + op;
    CpuArray x = arr(a, kernel);
    int[] ax = Shapes.axes(kernel, axes, x.ndim());
    if (ax.length == 0) {
      return backend.copy(x);
    }
    int[] shape = x.shape();
    int[] outShape = Shapes.reduced(shape, ax, keepdims);
    boolean[] red = new boolean[shape.length];
    long redCount = 1;
    for (int d : ax) {
      red[d] = true;
      redCount *= shape[d];
    }
    int outSize = Shapes.size(outShape);
    if (redCount == 0 && outSize > 0 && (op == ReduceOp.MAX || op == ReduceOp.MIN)) {
      throw new IllegalArgumentException(
          kernel
              + ": zero-size reduction over axes "
              + Arrays.toString(ax)
              + " of shape "
              + Shapes.str(shape)
              + " has no identity");
    }
    // Output strides over the input's axes: 0 on reduced axes, row-major over the kept ones.
    int[] kept = Shapes.reduced(shape, ax, true);
    int[] ks = Rows.contiguous(kept);
    for (int d = 0; d < shape.length; d++) {
      if (red[d]) {
        ks[d] = 0;
      }
    }
    boolean isInt = x.dtype() == DType.INT32;
    double init =
        op == ReduceOp.SUM
            ? 0
            : op == ReduceOp.PROD
                ? 1
                : op == ReduceOp.MAX ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    // Accumulate in double (float inputs) or long (int32) for accuracy, then convert.
    double[] accD = isInt ? null : new double[outSize];
    long[] accL = isInt ? new long[outSize] : null;
    long initL =
        op == ReduceOp.SUM
            ? 0
            : op == ReduceOp.PROD ? 1 : op == ReduceOp.MAX ? Long.MIN_VALUE : Long.MAX_VALUE;
    if (isInt) {
      Arrays.fill(accL, initL);
    } else {
      Arrays.fill(accD, init);
    }
    if (x.size() > 0) {
      Rows rows = new Rows(shape, new int[2], Rows.contiguous(shape), ks);
      int os = rows.innerStride(1);
      Object xd = x.data;
      rows.forEach(
          0,
          rows.rows,
          (off, n) -> {
            if (isInt) {
              reduceRowL(op, (int[]) xd, off[0], n, accL, off[1], os);
            } else {
              reduceRowD(op, xd, off[0], n, accD, off[1], os);
            }
          });
    }
    CpuArray r = empty(x.dtype(), outShape);
    for (int k = 0; k < outSize; k++) {
      if (isInt) {
        r.i()[k] = (int) accL[k];
      } else {
        set(r.data, k, accD[k]);
      }
    }
    return r;
  }

  /** Folds one contiguous input row into acc (a single cell when os == 0, a row when 1). */
  private static void reduceRowD(
      ReduceOp op, Object xd, int xo, int n, double[] acc, int ao, int os) {
    if (xd instanceof float[]) {
      float[] x = (float[]) xd;
      if (os == 0) {
        double s = acc[ao];
        switch (op) {
          case SUM:
            for (int i = 0; i < n; i++) {
              s += x[xo + i];
            }
            break;
          case PROD:
            for (int i = 0; i < n; i++) {
              s *= x[xo + i];
            }
            break;
          case MAX:
            for (int i = 0; i < n; i++) {
              s = Math.max(s, x[xo + i]);
            }
            break;
          default:
            for (int i = 0; i < n; i++) {
              s = Math.min(s, x[xo + i]);
            }
        }
        acc[ao] = s;
      } else {
        switch (op) {
          case SUM:
            for (int i = 0; i < n; i++) {
              acc[ao + i] += x[xo + i];
            }
            break;
          case PROD:
            for (int i = 0; i < n; i++) {
              acc[ao + i] *= x[xo + i];
            }
            break;
          case MAX:
            for (int i = 0; i < n; i++) {
              acc[ao + i] = Math.max(acc[ao + i], x[xo + i]);
            }
            break;
          default:
            for (int i = 0; i < n; i++) {
              acc[ao + i] = Math.min(acc[ao + i], x[xo + i]);
            }
        }
      }
    } else {
      double[] x = (double[]) xd;
      if (os == 0) {
        double s = acc[ao];
        switch (op) {
          case SUM:
            for (int i = 0; i < n; i++) {
              s += x[xo + i];
            }
            break;
          case PROD:
            for (int i = 0; i < n; i++) {
              s *= x[xo + i];
            }
            break;
          case MAX:
            for (int i = 0; i < n; i++) {
              s = Math.max(s, x[xo + i]);
            }
            break;
          default:
            for (int i = 0; i < n; i++) {
              s = Math.min(s, x[xo + i]);
            }
        }
        acc[ao] = s;
      } else {
        switch (op) {
          case SUM:
            for (int i = 0; i < n; i++) {
              acc[ao + i] += x[xo + i];
            }
            break;
          case PROD:
            for (int i = 0; i < n; i++) {
              acc[ao + i] *= x[xo + i];
            }
            break;
          case MAX:
            for (int i = 0; i < n; i++) {
              acc[ao + i] = Math.max(acc[ao + i], x[xo + i]);
            }
            break;
          default:
            for (int i = 0; i < n; i++) {
              acc[ao + i] = Math.min(acc[ao + i], x[xo + i]);
            }
        }
      }
    }
  }

  private static void reduceRowL(ReduceOp op, int[] x, int xo, int n, long[] acc, int ao, int os) {
    for (int i = 0; i < n; i++) {
      int k = ao + i * os;
      long v = x[xo + i];
      switch (op) {
        case SUM:
          acc[k] += v;
          break;
        case PROD:
          acc[k] *= v;
          break;
        case MAX:
          acc[k] = Math.max(acc[k], v);
          break;
        default:
          acc[k] = Math.min(acc[k], v);
      }
    }
  }

  NdArray argReduce(ReduceOp op, NdArray a, int axis) {
    String kernel = "argReduce " + op;
    if (op != ReduceOp.MAX && op != ReduceOp.MIN) {
      throw new IllegalArgumentException(kernel + ": only MAX (argmax) and MIN (argmin) exist");
    }
    CpuArray x = arr(a, kernel);
    int ax = Shapes.axis(kernel, axis, x.ndim());
    int[] shape = x.shape();
    int n = shape[ax];
    int[] outShape = Shapes.reduced(shape, new int[] {ax}, false);
    int outSize = Shapes.size(outShape);
    if (n == 0 && outSize > 0) {
      throw new IllegalArgumentException(
          kernel
              + ": attempt to get the arg of an empty axis "
              + ax
              + " of shape "
              + Shapes.str(shape));
    }
    int inner = 1;
    for (int d = ax + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    int outer = inner == 0 ? 0 : outSize / Math.max(1, inner);
    CpuArray r = empty(DType.INT32, outShape);
    int[] o = r.i();
    boolean max = op == ReduceOp.MAX;
    Object xd = x.data;
    int in = inner;
    // Each outer position writes its own outputs, so the split over it is race-free.
    Par.range(
        outer,
        n * inner,
        (from, to) -> {
          if (xd instanceof float[]) {
            ArgLoops.argF((float[]) xd, o, from, to, n, in, max);
          } else if (xd instanceof double[]) {
            ArgLoops.argD((double[]) xd, o, from, to, n, in, max);
          } else {
            ArgLoops.argI((int[]) xd, o, from, to, n, in, max);
          }
        });
    return r;
  }
}
