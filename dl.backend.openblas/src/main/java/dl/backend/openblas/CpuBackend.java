package dl.backend.openblas;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.UnaryOp;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The CPU backend: {@link CpuArray}s on the Java heap, elementwise work in Java loops (split over
 * the cores when large) and matrix products through OpenBLAS. Semantics follow NumPy; for int32,
 * {@code DIV} is floor division ({@code //}) and {@code FMOD} C's remainder, both 0 for a zero
 * divisor, and transcendental kernels are refused.
 */
public final class CpuBackend implements Backend {
  private static final Device DEVICE = Device.of("cpu", 0);

  /** Created by {@link OpenBlasBackendProvider#create(int)}. */
  CpuBackend() {}

  @Override
  public Device device() {
    return DEVICE;
  }

  @Override
  public String toString() {
    return "CpuBackend(" + DEVICE + ")";
  }

  // ---------------------------------------------------------------- helpers

  /** The argument as a CpuArray of this backend, or an error naming the kernel. */
  private CpuArray arr(NdArray a, String kernel) {
    if (a instanceof CpuArray && a.backend() == this) {
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
            + DEVICE
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

  private CpuArray wrap(DType t, int[] shape, Object data) {
    return new CpuArray(this, t, shape, data);
  }

  private CpuArray empty(DType t, int[] shape) {
    return wrap(t, shape, alloc(t, Shapes.size(shape)));
  }

  private static void requireSameDtype(String kernel, CpuArray a, CpuArray b) {
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

  private static int[] broadcastShape(String kernel, int[] a, int[] b) {
    try {
      return Shapes.broadcast(a, b);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(kernel + ": " + e.getMessage(), e);
    }
  }

  private static int[] checkShape(String kernel, int[] shape) {
    if (shape == null) {
      throw new NullPointerException(kernel + ": shape is null");
    }
    return Shapes.of(kernel, shape);
  }

  private static double get(Object data, int k) {
    if (data instanceof float[]) {
      return ((float[]) data)[k];
    } else if (data instanceof double[]) {
      return ((double[]) data)[k];
    }
    return ((int[]) data)[k];
  }

  private static void set(Object data, int k, double v) {
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
  private static void stridedCopy(
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

  // ---------------------------------------------------------------- creation and transfer

  @Override
  public NdArray full(int[] shape, double value, DType dtype) {
    int[] s = checkShape("full", shape);
    CpuArray r = empty(dtype, s);
    switch (dtype) {
      case FLOAT32:
        if (value != 0) {
          Arrays.fill(r.f(), (float) value);
        }
        break;
      case FLOAT64:
        if (value != 0) {
          Arrays.fill(r.d(), value);
        }
        break;
      default:
        if (value != 0) {
          Arrays.fill(r.i(), (int) value);
        }
    }
    return r;
  }

  private static int[] checkData(String kernel, int length, int[] shape) {
    int[] s = checkShape(kernel, shape);
    if (Shapes.size(s) != length) {
      throw new IllegalArgumentException(
          kernel
              + ": "
              + length
              + " elements do not fill shape "
              + Shapes.str(s)
              + " (size "
              + Shapes.size(s)
              + ")");
    }
    return s;
  }

  @Override
  public NdArray fromArray(float[] data, int... shape) {
    return wrap(DType.FLOAT32, checkData("fromArray", data.length, shape), data.clone());
  }

  @Override
  public NdArray fromArray(double[] data, int... shape) {
    return wrap(DType.FLOAT64, checkData("fromArray", data.length, shape), data.clone());
  }

  @Override
  public NdArray fromArray(int[] data, int... shape) {
    return wrap(DType.INT32, checkData("fromArray", data.length, shape), data.clone());
  }

  @Override
  public NdArray arange(int start, int stop, DType dtype) {
    int n = Math.max(0, stop - start);
    CpuArray r = empty(dtype, new int[] {n});
    for (int k = 0; k < n; k++) {
      set(r.data, k, start + k);
    }
    return r;
  }

  @Override
  public NdArray randomUniform(int[] shape, DType dtype, double low, double high, long seed) {
    int[] s = checkShape("randomUniform", shape);
    CpuArray r = empty(dtype, s);
    SplittableRandom rng = new SplittableRandom(seed);
    int n = r.size();
    double w = high - low;
    switch (dtype) {
      case FLOAT32:
        {
          float[] o = r.f();
          float hi = (float) high;
          for (int k = 0; k < n; k++) {
            float v = (float) (low + w * rng.nextDouble());
            o[k] = v >= hi && high > low ? Math.nextDown(hi) : v; // rounding must not reach high
          }
          break;
        }
      case FLOAT64:
        {
          double[] o = r.d();
          for (int k = 0; k < n; k++) {
            o[k] = low + w * rng.nextDouble();
          }
          break;
        }
      default:
        {
          int[] o = r.i();
          for (int k = 0; k < n; k++) {
            o[k] = (int) Math.floor(low + w * rng.nextDouble());
          }
        }
    }
    return r;
  }

  @Override
  public NdArray randomNormal(int[] shape, DType dtype, double mean, double std, long seed) {
    int[] s = checkShape("randomNormal", shape);
    if (!dtype.isFloating()) {
      throw new IllegalArgumentException(
          "randomNormal: dtype must be float32 or float64, got " + dtype);
    }
    CpuArray r = empty(dtype, s);
    SplittableRandom rng = new SplittableRandom(seed);
    int n = r.size();
    // Box-Muller: two normals from two uniforms.
    for (int k = 0; k < n; k += 2) {
      double u1 = 1.0 - rng.nextDouble(); // (0, 1]: log stays finite
      double u2 = rng.nextDouble();
      double rad = Math.sqrt(-2 * Math.log(u1));
      double th = 2 * Math.PI * u2;
      set(r.data, k, mean + std * rad * Math.cos(th));
      if (k + 1 < n) {
        set(r.data, k + 1, mean + std * rad * Math.sin(th));
      }
    }
    return r;
  }

  @Override
  public NdArray transferFrom(NdArray array) {
    if (array instanceof CpuArray && array.backend() == this) {
      return copy(array);
    }
    int[] s = array.shape().clone();
    switch (array.dtype()) {
      case FLOAT32:
        return wrap(DType.FLOAT32, s, array.toFloatArray());
      case FLOAT64:
        return wrap(DType.FLOAT64, s, array.toDoubleArray());
      default:
        return wrap(DType.INT32, s, array.toIntArray());
    }
  }

  @Override
  public NdArray copy(NdArray a) {
    CpuArray x = arr(a, "copy");
    Object d;
    switch (x.dtype()) {
      case FLOAT32:
        d = x.f().clone();
        break;
      case FLOAT64:
        d = x.d().clone();
        break;
      default:
        d = x.i().clone();
    }
    return wrap(x.dtype(), x.shape().clone(), d);
  }

  @Override
  public void copyInto(NdArray dst, NdArray src) {
    CpuArray d = arr(dst, "copyInto");
    CpuArray s = arr(src, "copyInto");
    if (!Shapes.broadcastsTo(s.shape(), d.shape())) {
      throw new IllegalArgumentException(
          "copyInto: source of shape "
              + Shapes.str(s.shape())
              + " cannot be broadcast to destination shape "
              + Shapes.str(d.shape()));
    }
    stridedCopy(
        d.shape(),
        s.data,
        0,
        Rows.broadcast(s.shape(), d.shape()),
        d.data,
        0,
        Rows.contiguous(d.shape()),
        false);
  }

  @Override
  public NdArray astype(NdArray a, DType dtype) {
    CpuArray x = arr(a, "astype");
    if (x.dtype() == dtype) {
      return copy(x);
    }
    CpuArray r = empty(dtype, x.shape().clone());
    int n = x.size();
    Object s = x.data;
    Object d = r.data;
    if (s instanceof float[] && d instanceof double[]) {
      float[] sf = (float[]) s;
      double[] dd = (double[]) d;
      for (int k = 0; k < n; k++) {
        dd[k] = sf[k];
      }
    } else if (s instanceof double[] && d instanceof float[]) {
      double[] sd = (double[]) s;
      float[] df = (float[]) d;
      for (int k = 0; k < n; k++) {
        df[k] = (float) sd[k];
      }
    } else {
      copyRow(s, 0, 1, d, 0, 1, n, false); // int conversions: truncation toward zero
    }
    return r;
  }

  // ---------------------------------------------------------------- layout

  @Override
  public NdArray reshape(NdArray a, int... shape) {
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

  @Override
  public NdArray transpose(NdArray a, int... axes) {
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

  @Override
  public NdArray broadcastTo(NdArray a, int... shape) {
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

  @Override
  public NdArray slice(NdArray a, int[] start, int[] stop, int[] step) {
    CpuArray x = arr(a, "slice");
    int[][] g = sliceGeometry("slice", x.shape(), start, stop, step);
    CpuArray r = empty(x.dtype(), g[0]);
    stridedCopy(g[0], x.data, g[2][0], g[1], r.data, 0, Rows.contiguous(g[0]), false);
    return r;
  }

  @Override
  public void sliceAddInto(NdArray target, int[] start, int[] stop, int[] step, NdArray values) {
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

  @Override
  public NdArray concat(NdArray[] arrays, int axis) {
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

  // ---------------------------------------------------------------- elementwise

  @Override
  public NdArray unary(UnaryOp op, NdArray a) {
    CpuArray x = arr(a, "unary " + op);
    CpuArray r = empty(x.dtype(), x.shape().clone());
    int n = x.size();
    switch (x.dtype()) {
      case FLOAT32:
        {
          float[] s = x.f();
          float[] o = r.f();
          Par.range(n, (from, to) -> Kernels.unaryF(op, s, o, from, to));
          break;
        }
      case FLOAT64:
        {
          double[] s = x.d();
          double[] o = r.d();
          Par.range(n, (from, to) -> Kernels.unaryD(op, s, o, from, to));
          break;
        }
      default:
        {
          if (!Kernels.intUnarySupported(op)) {
            throw new IllegalArgumentException(
                "unary "
                    + op
                    + ": not defined for int32 (it needs"
                    + " float32 or float64; convert with astype)");
          }
          int[] s = x.i();
          int[] o = r.i();
          Par.range(n, (from, to) -> Kernels.unaryI(op, s, o, from, to));
        }
    }
    return r;
  }

  /** One contiguous run of a binary kernel, dispatched on the storage type. */
  private static void binaryRun(
      BinaryOp op, Object a, int ao, Object b, int bo, Object o, int oo, int n) {
    if (o instanceof float[]) {
      Kernels.binaryF(op, (float[]) a, ao, (float[]) b, bo, (float[]) o, oo, n);
    } else if (o instanceof double[]) {
      Kernels.binaryD(op, (double[]) a, ao, (double[]) b, bo, (double[]) o, oo, n);
    } else {
      Kernels.binaryI(op, (int[]) a, ao, (int[]) b, bo, (int[]) o, oo, n);
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
  private void binaryKernel(String kernel, BinaryOp op, CpuArray a, CpuArray b, CpuArray out) {
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
    } else if (aFull && b.size() == 1 || bFull && a.size() == 1) { // scalar operand
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
    if (a.dtype() == DType.INT32 && !Kernels.intBinarySupported(op)) {
      throw new IllegalArgumentException(
          kernel
              + ": not defined for int32 (it needs float32 or"
              + " float64; convert with astype)");
    }
  }

  @Override
  public NdArray binary(BinaryOp op, NdArray a, NdArray b) {
    String kernel = "binary " + op;
    CpuArray x = arr(a, kernel);
    CpuArray y = arr(b, kernel);
    checkBinaryDtype(kernel, op, x, y);
    int[] shape =
        Arrays.equals(x.shape(), y.shape())
            ? x.shape().clone()
            : broadcastShape(kernel, x.shape(), y.shape());
    CpuArray r = empty(x.dtype(), shape);
    binaryKernel(kernel, op, x, y, r);
    return r;
  }

  @Override
  public void binaryInto(BinaryOp op, NdArray target, NdArray b) {
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
    binaryKernel(kernel, op, t, y, t);
  }

  private static boolean isComparison(BinaryOp op) {
    switch (op) {
      case GT:
      case GE:
      case LT:
      case LE:
      case EQ:
      case NE:
        return true;
      default:
        return false;
    }
  }

  @Override
  public NdArray binaryScalar(BinaryOp op, NdArray a, double scalar, boolean scalarFirst) {
    String kernel = "binaryScalar " + op;
    CpuArray x = arr(a, kernel);
    if (x.dtype() == DType.INT32 && scalar != Math.rint(scalar)) {
      if (isComparison(op)) { // exact in float64, and the 1/0 result converts back exactly
        return astype(binaryScalar(op, astype(x, DType.FLOAT64), scalar, scalarFirst), DType.INT32);
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
      binaryKernel(kernel, op, s, x, r);
    } else {
      binaryKernel(kernel, op, x, s, r);
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

  @Override
  public NdArray where(NdArray cond, NdArray a, NdArray b) {
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

  // ---------------------------------------------------------------- reductions

  @Override
  public NdArray reduce(ReduceOp op, NdArray a, int[] axes, boolean keepdims) {
    String kernel = "reduce " + op;
    CpuArray x = arr(a, kernel);
    int[] ax = Shapes.axes(kernel, axes, x.ndim());
    if (ax.length == 0) {
      return copy(x);
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

  @Override
  public NdArray argReduce(ReduceOp op, NdArray a, int axis) {
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
    for (int p = 0; p < outer; p++) {
      for (int q = 0; q < inner; q++) {
        int base = p * n * inner + q;
        double best = get(xd, base);
        int bi = 0;
        // NumPy: the first NaN wins; otherwise the first extreme value.
        for (int j = 1; j < n && !Double.isNaN(best); j++) {
          double v = get(xd, base + j * inner);
          if (Double.isNaN(v) || (max ? v > best : v < best)) {
            best = v;
            bi = j;
          }
        }
        o[p * inner + q] = bi;
      }
    }
    return r;
  }

  // ---------------------------------------------------------------- products

  @Override
  public NdArray matmul(NdArray a, NdArray b, boolean transA, boolean transB) {
    String kernel = "matmul";
    CpuArray x = arr(a, kernel);
    CpuArray y = arr(b, kernel);
    requireSameDtype(kernel, x, y);
    int nd = x.ndim();
    if (nd != y.ndim() || nd < 2 || nd > 3) {
      throw new IllegalArgumentException(
          "matmul: operands must both be 2-d or both 3-d"
              + " (batched), got shapes "
              + Shapes.str(x.shape())
              + " and "
              + Shapes.str(y.shape()));
    }
    int[] xs = x.shape();
    int[] ys = y.shape();
    int batchA = nd == 3 ? xs[0] : 1;
    int batchB = nd == 3 ? ys[0] : 1;
    if (batchA != batchB && batchA != 1 && batchB != 1) {
      throw new IllegalArgumentException(
          "matmul: batch sizes of shapes "
              + Shapes.str(xs)
              + " and "
              + Shapes.str(ys)
              + " differ (a batch of 1 broadcasts)");
    }
    int batch = Math.max(batchA, batchB);
    int m = transA ? xs[nd - 1] : xs[nd - 2];
    int k = transA ? xs[nd - 2] : xs[nd - 1];
    int k2 = transB ? ys[nd - 1] : ys[nd - 2];
    int n = transB ? ys[nd - 2] : ys[nd - 1];
    if (k != k2) {
      throw new IllegalArgumentException(
          "matmul: inner dimensions differ: shapes "
              + Shapes.str(xs)
              + (transA ? "ᵀ" : "")
              + " and "
              + Shapes.str(ys)
              + (transB ? "ᵀ" : "")
              + " (transA="
              + transA
              + ", transB="
              + transB
              + ") give "
              + k
              + " vs "
              + k2);
    }
    int[] outShape = nd == 3 ? new int[] {batch, m, n} : new int[] {m, n};
    CpuArray r = empty(x.dtype(), outShape);
    if (r.size() == 0 || k == 0) {
      return r; // an empty sum is 0
    }
    switch (x.dtype()) {
      case FLOAT32:
        Gemm.sgemm(transA, transB, batch, batchA, batchB, m, n, k, x.f(), y.f(), r.f());
        break;
      case FLOAT64:
        Gemm.dgemm(transA, transB, batch, batchA, batchB, m, n, k, x.d(), y.d(), r.d());
        break;
      default:
        Gemm.igemm(transA, transB, batch, batchA, batchB, m, n, k, x.i(), y.i(), r.i());
    }
    return r;
  }

  // ---------------------------------------------------------------- gathers and scatters

  /** Index checked against the axis length; negative indices count from the end (NumPy). */
  private static int index(String kernel, int idx, int n, int axis) {
    int j = idx < 0 ? idx + n : idx;
    if (j < 0 || j >= n) {
      throw new IndexOutOfBoundsException(
          kernel + ": index " + idx + " is out of bounds for axis " + axis + " with size " + n);
    }
    return j;
  }

  private CpuArray indicesOf(NdArray indices, String kernel) {
    CpuArray ind = arr(indices, kernel);
    if (ind.dtype() != DType.INT32) {
      throw new IllegalArgumentException(kernel + ": indices must be int32, got " + ind.dtype());
    }
    return ind;
  }

  /** a.shape[:axis] + mid + a.shape[axis+1:]. */
  private static int[] replaceAxis(int[] shape, int axis, int[] mid) {
    int[] out = new int[shape.length - 1 + mid.length];
    System.arraycopy(shape, 0, out, 0, axis);
    System.arraycopy(mid, 0, out, axis, mid.length);
    System.arraycopy(shape, axis + 1, out, axis + mid.length, shape.length - axis - 1);
    return out;
  }

  @Override
  public NdArray take(NdArray a, NdArray indices, int axis) {
    CpuArray x = arr(a, "take");
    CpuArray ind = indicesOf(indices, "take");
    int ax = Shapes.axis("take", axis, x.ndim());
    int[] shape = x.shape();
    int n = shape[ax];
    int[] outShape = replaceAxis(shape, ax, ind.shape());
    CpuArray r = empty(x.dtype(), outShape);
    int outer = 1;
    for (int d = 0; d < ax; d++) {
      outer *= shape[d];
    }
    int inner = 1;
    for (int d = ax + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    int[] idx = ind.i();
    int m = idx.length;
    for (int j = 0; j < m; j++) {
      int src = index("take", idx[j], n, ax);
      for (int o = 0; o < outer; o++) {
        System.arraycopy(x.data, (o * n + src) * inner, r.data, (o * m + j) * inner, inner);
      }
    }
    return r;
  }

  @Override
  public void takeAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    CpuArray t = arr(target, "takeAddInto");
    CpuArray ind = indicesOf(indices, "takeAddInto");
    CpuArray v = arr(values, "takeAddInto");
    requireSameDtype("takeAddInto", t, v);
    int ax = Shapes.axis("takeAddInto", axis, t.ndim());
    int[] shape = t.shape();
    int[] expect = replaceAxis(shape, ax, ind.shape());
    if (!Arrays.equals(expect, v.shape())) {
      throw new IllegalArgumentException(
          "takeAddInto: values of shape "
              + Shapes.str(v.shape())
              + " do not match target "
              + Shapes.str(shape)
              + " taken along axis "
              + ax
              + " with indices "
              + Shapes.str(ind.shape())
              + " (expected "
              + Shapes.str(expect)
              + ")");
    }
    int n = shape[ax];
    int outer = 1;
    for (int d = 0; d < ax; d++) {
      outer *= shape[d];
    }
    int inner = 1;
    for (int d = ax + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    int[] idx = ind.i();
    int m = idx.length;
    for (int j = 0; j < m; j++) { // sequential: repeated indices accumulate
      int dst = index("takeAddInto", idx[j], n, ax);
      for (int o = 0; o < outer; o++) {
        copyRow(v.data, (o * m + j) * inner, 1, t.data, (o * n + dst) * inner, 1, inner, true);
      }
    }
  }

  /** Geometry of select: outer, axis length and inner sizes, after checking shapes. */
  private static int[] selectGeometry(String kernel, CpuArray a, CpuArray ind, int axis) {
    int[] shape = a.shape();
    int[] expect = replaceAxis(shape, axis, new int[0]);
    if (!Arrays.equals(expect, ind.shape())) {
      throw new IllegalArgumentException(
          kernel
              + ": indices of shape "
              + Shapes.str(ind.shape())
              + " must have the shape "
              + Shapes.str(expect)
              + " of "
              + Shapes.str(shape)
              + " without axis "
              + axis);
    }
    int outer = 1;
    for (int d = 0; d < axis; d++) {
      outer *= shape[d];
    }
    int inner = 1;
    for (int d = axis + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    return new int[] {outer, shape[axis], inner};
  }

  @Override
  public NdArray selectAlongAxis(NdArray a, NdArray indices, int axis) {
    CpuArray x = arr(a, "selectAlongAxis");
    CpuArray ind = indicesOf(indices, "selectAlongAxis");
    int ax = Shapes.axis("selectAlongAxis", axis, x.ndim());
    int[] g = selectGeometry("selectAlongAxis", x, ind, ax);
    int n = g[1];
    int inner = g[2];
    CpuArray r = empty(x.dtype(), ind.shape().clone());
    int[] idx = ind.i();
    for (int o = 0; o < g[0]; o++) {
      for (int q = 0; q < inner; q++) {
        int p = o * inner + q;
        int j = index("selectAlongAxis", idx[p], n, ax);
        copyRow(x.data, (o * n + j) * inner + q, 1, r.data, p, 1, 1, false);
      }
    }
    return r;
  }

  @Override
  public void selectAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    CpuArray t = arr(target, "selectAddInto");
    CpuArray ind = indicesOf(indices, "selectAddInto");
    CpuArray v = arr(values, "selectAddInto");
    requireSameDtype("selectAddInto", t, v);
    int ax = Shapes.axis("selectAddInto", axis, t.ndim());
    int[] g = selectGeometry("selectAddInto", t, ind, ax);
    if (!Arrays.equals(v.shape(), ind.shape())) {
      throw new IllegalArgumentException(
          "selectAddInto: values of shape "
              + Shapes.str(v.shape())
              + " must match the indices' shape "
              + Shapes.str(ind.shape()));
    }
    int n = g[1];
    int inner = g[2];
    int[] idx = ind.i();
    for (int o = 0; o < g[0]; o++) {
      for (int q = 0; q < inner; q++) {
        int p = o * inner + q;
        int j = index("selectAddInto", idx[p], n, ax);
        copyRow(v.data, p, 1, t.data, (o * n + j) * inner + q, 1, 1, true);
      }
    }
  }

  // ---------------------------------------------------------------- fused kernels

  /**
   * Adam in one pass over param, grad, m and v (same shape and floating dtype), with the same
   * operation order and float32 rounding as the portable default.
   */
  @Override
  public void adamUpdate(
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
    String kernel = "adamUpdate";
    CpuArray p = arr(param, kernel);
    CpuArray g = arr(grad, kernel);
    CpuArray mm = arr(m, kernel);
    CpuArray vv = arr(v, kernel);
    for (CpuArray o : new CpuArray[] {g, mm, vv}) {
      requireSameDtype(kernel, p, o);
      if (!Arrays.equals(p.shape(), o.shape())) {
        throw new IllegalArgumentException(
            kernel
                + ": shape mismatch, param "
                + Shapes.str(p.shape())
                + " vs "
                + Shapes.str(o.shape()));
      }
    }
    if (!p.dtype().isFloating()) {
      throw new IllegalArgumentException(
          kernel + ": parameters must be float32 or float64, got " + p.dtype());
    }
    boolean decay = weightDecayRate != 0;
    if (p.dtype() == DType.FLOAT32) {
      float[] pp = p.f();
      float[] gg = g.f();
      float[] m1 = mm.f();
      float[] v1 = vv.f();
      float c1 = (float) (1 - beta1);
      float c2 = (float) (1 - beta2);
      float fe = (float) eps;
      float fl = (float) lr;
      float fw = (float) weightDecayRate;
      float fh = (float) eta;
      Par.range(
          pp.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              float gi = gg[i];
              float mi = m1[i] + (gi - m1[i]) * c1;
              float vi = v1[i] + (gi * gi - v1[i]) * c2;
              m1[i] = mi;
              v1[i] = vi;
              float step = mi / ((float) Math.sqrt(vi) + fe) * fl;
              if (decay) {
                step += pp[i] * fw;
              }
              pp[i] -= step * fh;
            }
          });
    } else {
      double[] pp = p.d();
      double[] gg = g.d();
      double[] m1 = mm.d();
      double[] v1 = vv.d();
      double c1 = 1 - beta1;
      double c2 = 1 - beta2;
      Par.range(
          pp.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              double gi = gg[i];
              double mi = m1[i] + (gi - m1[i]) * c1;
              double vi = v1[i] + (gi * gi - v1[i]) * c2;
              m1[i] = mi;
              v1[i] = vi;
              double step = mi / (Math.sqrt(vi) + eps) * lr;
              if (decay) {
                step += pp[i] * weightDecayRate;
              }
              pp[i] -= step * eta;
            }
          });
    }
  }

  /** {@code target += alpha·x} in one pass when x has target's shape and floating dtype. */
  @Override
  public void axpyInto(NdArray target, double alpha, NdArray x) {
    CpuArray t = arr(target, "axpyInto");
    CpuArray y = arr(x, "axpyInto");
    if (t.dtype() != y.dtype()
        || t.size() != y.size()
        || !t.dtype().isFloating()
        || !Shapes.broadcastsTo(y.shape(), t.shape())) {
      Backend.super.axpyInto(target, alpha, x); // broadcasting, int32 and errors: the default
      return;
    }
    if (t.dtype() == DType.FLOAT32) {
      float[] tt = t.f();
      float[] xx = y.f();
      float fa = (float) alpha;
      Par.range(
          tt.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              tt[i] += xx[i] * fa;
            }
          });
    } else {
      double[] tt = t.d();
      double[] xx = y.d();
      Par.range(
          tt.length,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              tt[i] += xx[i] * alpha;
            }
          });
    }
  }
}
