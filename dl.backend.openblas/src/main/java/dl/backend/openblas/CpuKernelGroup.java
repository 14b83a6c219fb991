package dl.backend.openblas;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/**
 * What the CPU kernel groups share: the backend they allocate for, argument checks that name the
 * kernel, typed element access, and strided copies. {@link CpuBackend} implements the {@code
 * Backend} contract by delegating to one group per kind of kernel.
 */
abstract class CpuKernelGroup {
  /** The backend whose arrays the kernels accept and create. */
  final CpuBackend backend;

  CpuKernelGroup(CpuBackend backend) {
    this.backend = backend;
  }

  /** The argument as a CpuArray of this backend, or an error naming the kernel. */
  final CpuArray arr(NdArray a, String kernel) {
    if (a instanceof CpuArray && a.backend() == backend) {
      return (CpuArray) a;
    }
    if (a == null) {
      throw new NullPointerException(kernel + ": array is null");
    }
    throw new IllegalArgumentException(
        kernel
            + ": the array lives on device "
            + a.device()
            + ", not on "
            + backend.device()
            + " (transfer it first with toDevice/transferFrom)");
  }

  static Object alloc(DType t, int n) {
    switch (t) {
      case FLOAT32:
        return new float[n];
      case FLOAT64:
        return new double[n];
      default:
        return new int[n];
    }
  }

  final CpuArray wrap(DType t, int[] shape, Object data) {
    return new CpuArray(backend, t, shape, data);
  }

  final CpuArray empty(DType t, int[] shape) {
    return wrap(t, shape, alloc(t, Shapes.size(shape)));
  }

  static void requireSameDtype(String kernel, CpuArray a, CpuArray b) {
    if (a.dtype() != b.dtype()) {
      throw new IllegalArgumentException(
          kernel
              + ": dtype mismatch, "
              + a.dtype()
              + " "
              + Shapes.str(a.shape())
              + " and "
              + b.dtype()
              + " "
              + Shapes.str(b.shape())
              + " (both operands must have the same dtype; use astype)");
    }
  }

  static int[] broadcastShape(String kernel, int[] a, int[] b) {
    try {
      return Shapes.broadcast(a, b);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(kernel + ": " + e.getMessage(), e);
    }
  }

  static int[] checkShape(String kernel, int[] shape) {
    if (shape == null) {
      throw new NullPointerException(kernel + ": shape is null");
    }
    return Shapes.of(kernel, shape);
  }

  static double get(Object data, int k) {
    if (data instanceof float[]) {
      return ((float[]) data)[k];
    } else if (data instanceof double[]) {
      return ((double[]) data)[k];
    }
    return ((int[]) data)[k];
  }

  static void set(Object data, int k, double v) {
    if (data instanceof float[]) {
      ((float[]) data)[k] = (float) v;
    } else if (data instanceof double[]) {
      ((double[]) data)[k] = v;
    } else {
      ((int[]) data)[k] = (int) v;
    }
  }

  /**
   * One strided row from {@code src} into {@code dst} (assigned, or added when {@code add}),
   * casting through double when the storage types differ.
   */
  static void copyRow(
      Object src, int so, int ss, Object dst, int dOff, int ds, int n, boolean add) {
    if (src instanceof float[] && dst instanceof float[]) {
      float[] s = (float[]) src;
      float[] d = (float[]) dst;
      if (add) {
        for (int i = 0; i < n; i++) {
          d[dOff + i * ds] += s[so + i * ss];
        }
      } else if (ss == 1 && ds == 1) {
        System.arraycopy(s, so, d, dOff, n);
      } else if (ss == 0 && ds == 1) {
        Arrays.fill(d, dOff, dOff + n, s[so]);
      } else {
        for (int i = 0; i < n; i++) {
          d[dOff + i * ds] = s[so + i * ss];
        }
      }
    } else if (src instanceof double[] && dst instanceof double[]) {
      double[] s = (double[]) src;
      double[] d = (double[]) dst;
      if (add) {
        for (int i = 0; i < n; i++) {
          d[dOff + i * ds] += s[so + i * ss];
        }
      } else if (ss == 1 && ds == 1) {
        System.arraycopy(s, so, d, dOff, n);
      } else if (ss == 0 && ds == 1) {
        Arrays.fill(d, dOff, dOff + n, s[so]);
      } else {
        for (int i = 0; i < n; i++) {
          d[dOff + i * ds] = s[so + i * ss];
        }
      }
    } else if (src instanceof int[] && dst instanceof int[]) {
      int[] s = (int[]) src;
      int[] d = (int[]) dst;
      if (add) {
        for (int i = 0; i < n; i++) {
          d[dOff + i * ds] += s[so + i * ss];
        }
      } else if (ss == 1 && ds == 1) {
        System.arraycopy(s, so, d, dOff, n);
      } else if (ss == 0 && ds == 1) {
        Arrays.fill(d, dOff, dOff + n, s[so]);
      } else {
        for (int i = 0; i < n; i++) {
          d[dOff + i * ds] = s[so + i * ss];
        }
      }
    } else { // a cast: rare, so the simple per-element path
      for (int i = 0; i < n; i++) {
        double v = get(src, so + i * ss);
        int k = dOff + i * ds;
        set(dst, k, add ? get(dst, k) + v : v);
      }
    }
  }

  /** Strided copy (or add) of a whole iteration shape from src to dst. */
  static void stridedCopy(
      int[] shape,
      Object src,
      int srcBase,
      int[] srcStrides,
      Object dst,
      int dstBase,
      int[] dstStrides,
      boolean add) {
    if (Shapes.size(shape) == 0) {
      return;
    }
    Rows rows = new Rows(shape, new int[] {srcBase, dstBase}, srcStrides, dstStrides);
    int ss = rows.innerStride(0);
    int ds = rows.innerStride(1);
    Rows.Visitor v = (off, n) -> copyRow(src, off[0], ss, dst, off[1], ds, n, add);
    // Adds into a target may hit one element from several rows only when the target is
    // broadcast, which never happens here (targets have real strides): parallel is safe.
    rows.forEachParallel(v);
  }
}
