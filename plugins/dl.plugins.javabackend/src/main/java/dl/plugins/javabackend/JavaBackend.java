package dl.plugins.javabackend;

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
 * The {@code "java"} backend: a compact reference implementation of the {@link Backend} contract in
 * plain Java, written for clarity rather than speed. Values live in {@code double[]} rounded to
 * their dtype after each kernel (see {@link JavaArray}); every layout kernel is one strided gather
 * ({@link Strided}); matrix products are a blocked loop ({@link Gemm}).
 *
 * <pre>{@code
 * Backend b = Device.of("java").backend();
 * NdArray y = b.matmul(b.fromArray(new float[] {1, 2, 3, 4}, 2, 2), b.full(new int[] {2, 1}, 1,
 *     DType.FLOAT32), false, false);   // [[3], [7]]
 * }</pre>
 */
public final class JavaBackend implements Backend {
  private static final Device DEVICE = Device.of("java", 0);

  JavaBackend() {}

  @Override
  public Device device() {
    return DEVICE;
  }

  @Override
  public String toString() {
    return "JavaBackend(" + DEVICE + ")";
  }

  // ---------------------------------------------------------------- helpers

  private JavaArray arr(NdArray a, String kernel) {
    if (a instanceof JavaArray && a.backend() == this) {
      return (JavaArray) a;
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

  JavaArray make(DType t, int[] shape, double[] data) {
    return new JavaArray(this, t, shape, data);
  }

  private JavaArray empty(DType t, int[] shape) {
    return make(t, shape, new double[Shapes.size(shape)]);
  }

  static void sameDtype(String kernel, JavaArray a, JavaArray b) {
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

  static void requireBroadcast(String kernel, String what, int[] from, int[] to) {
    if (!Shapes.broadcastsTo(from, to)) {
      throw new IllegalArgumentException(
          kernel
              + ": "
              + what
              + " of shape "
              + Shapes.str(from)
              + " cannot be broadcast to shape "
              + Shapes.str(to));
    }
  }

  /** {@code src} gathered at {@code offsets} and rounded to {@code t}. */
  JavaArray gather(DType t, int[] shape, double[] src, int[] offsets) {
    double[] d = new double[offsets.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = Ops.round(t, src[offsets[k]]);
    }
    return make(t, shape, d);
  }

  // ---------------------------------------------------------------- creation and transfer

  @Override
  public NdArray full(int[] shape, double value, DType dtype) {
    JavaArray r = empty(dtype, Shapes.of("full", shape).clone());
    Arrays.fill(r.data, Ops.round(dtype, value));
    return r;
  }

  private static int[] fill(String kernel, int length, int[] shape) {
    int[] s = Shapes.of(kernel, shape).clone();
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
    double[] d = new double[data.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = data[k];
    }
    return make(DType.FLOAT32, fill("fromArray", data.length, shape), d);
  }

  @Override
  public NdArray fromArray(double[] data, int... shape) {
    return make(DType.FLOAT64, fill("fromArray", data.length, shape), data.clone());
  }

  @Override
  public NdArray fromArray(int[] data, int... shape) {
    double[] d = new double[data.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = data[k];
    }
    return make(DType.INT32, fill("fromArray", data.length, shape), d);
  }

  @Override
  public NdArray arange(int start, int stop, DType dtype) {
    JavaArray r = empty(dtype, new int[] {Math.max(0, stop - start)});
    for (int k = 0; k < r.data.length; k++) {
      r.data[k] = start + k;
    }
    return r;
  }

  @Override
  public NdArray randomUniform(int[] shape, DType dtype, double low, double high, long seed) {
    JavaArray r = empty(dtype, Shapes.of("randomUniform", shape).clone());
    SplittableRandom rng = new SplittableRandom(seed);
    for (int k = 0; k < r.data.length; k++) {
      double v = low + (high - low) * rng.nextDouble();
      if (dtype == DType.INT32) {
        v = Math.floor(v);
      } else if (Ops.round(dtype, v) >= high && high > low) { // float32 rounding reached high
        v = Math.nextDown((float) high);
      }
      r.data[k] = Ops.round(dtype, v);
    }
    return r;
  }

  @Override
  public NdArray randomNormal(int[] shape, DType dtype, double mean, double std, long seed) {
    if (!dtype.isFloating()) {
      throw new IllegalArgumentException(
          "randomNormal: dtype must be float32 or float64, got " + dtype);
    }
    JavaArray r = empty(dtype, Shapes.of("randomNormal", shape).clone());
    SplittableRandom rng = new SplittableRandom(seed);
    for (int k = 0; k < r.data.length; k += 2) { // Box-Muller, as the cpu backend
      double rad = Math.sqrt(-2 * Math.log(1.0 - rng.nextDouble()));
      double th = 2 * Math.PI * rng.nextDouble();
      r.data[k] = Ops.round(dtype, mean + std * rad * Math.cos(th));
      if (k + 1 < r.data.length) {
        r.data[k + 1] = Ops.round(dtype, mean + std * rad * Math.sin(th));
      }
    }
    return r;
  }

  @Override
  public NdArray transferFrom(NdArray array) {
    double[] d = array.toDoubleArray();
    return gather(array.dtype(), array.shape().clone(), d, identity(d.length));
  }

  private static int[] identity(int n) {
    int[] o = new int[n];
    for (int k = 0; k < n; k++) {
      o[k] = k;
    }
    return o;
  }

  @Override
  public NdArray copy(NdArray a) {
    JavaArray x = arr(a, "copy");
    return make(x.dtype(), x.shape().clone(), x.data.clone());
  }

  @Override
  public void copyInto(NdArray dst, NdArray src) {
    JavaArray d = arr(dst, "copyInto");
    JavaArray s = arr(src, "copyInto");
    requireBroadcast("copyInto", "source", s.shape(), d.shape());
    int[] off = Strided.broadcastOffsets(s.shape(), d.shape());
    for (int k = 0; k < off.length; k++) {
      d.data[k] = Ops.round(d.dtype(), s.data[off[k]]);
    }
  }

  @Override
  public NdArray astype(NdArray a, DType dtype) {
    JavaArray x = arr(a, "astype");
    return gather(dtype, x.shape().clone(), x.data, identity(x.size())); // int: toward zero
  }

  // ---------------------------------------------------------------- layout

  @Override
  public NdArray reshape(NdArray a, int... shape) {
    JavaArray x = arr(a, "reshape");
    int[] s = Shapes.reshape("reshape", x.shape(), shape);
    return make(x.dtype(), s, x.data); // shares storage, as the contract allows
  }

  @Override
  public NdArray transpose(NdArray a, int... axes) {
    JavaArray x = arr(a, "transpose");
    int[] perm = Shapes.permutation("transpose", axes, x.shape());
    int[] outShape = Shapes.permute(x.shape(), perm);
    int[] st = Shapes.permute(Shapes.strides(x.shape()), perm);
    return gather(x.dtype(), outShape, x.data, Strided.offsets(outShape, st, 0));
  }

  @Override
  public NdArray broadcastTo(NdArray a, int... shape) {
    JavaArray x = arr(a, "broadcastTo");
    int[] s = Shapes.of("broadcastTo", shape).clone();
    requireBroadcast("broadcastTo", "an array", x.shape(), s);
    return gather(x.dtype(), s, x.data, Strided.broadcastOffsets(x.shape(), s));
  }

  @Override
  public NdArray slice(NdArray a, int[] start, int[] stop, int[] step) {
    return Layout.slice(this, arr(a, "slice"), start, stop, step);
  }

  @Override
  public void sliceAddInto(NdArray target, int[] start, int[] stop, int[] step, NdArray values) {
    String k = "sliceAddInto";
    Layout.sliceAddInto(arr(target, k), start, stop, step, arr(values, k));
  }

  @Override
  public NdArray concat(NdArray[] arrays, int axis) {
    if (arrays.length == 0) {
      throw new IllegalArgumentException("concat: need at least one array");
    }
    JavaArray[] xs = new JavaArray[arrays.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = arr(arrays[i], "concat");
    }
    return Layout.concat(this, xs, axis);
  }

  // ---------------------------------------------------------------- the rest

  @Override
  public NdArray unary(UnaryOp op, NdArray a) {
    return Compute.unary(this, arr(a, "unary " + op), op);
  }

  @Override
  public NdArray binary(BinaryOp op, NdArray a, NdArray b) {
    String kernel = "binary " + op;
    JavaArray x = arr(a, kernel);
    JavaArray y = arr(b, kernel);
    int[] shape = Shapes.broadcast(kernel, x.shape(), y.shape());
    JavaArray r = empty(x.dtype(), shape);
    Compute.binary(kernel, op, x, y, r);
    return r;
  }

  @Override
  public void binaryInto(BinaryOp op, NdArray target, NdArray b) {
    String kernel = "binaryInto " + op;
    JavaArray t = arr(target, kernel);
    JavaArray y = arr(b, kernel);
    requireBroadcast(kernel, "operand", y.shape(), t.shape());
    Compute.binary(kernel, op, t, y, t);
  }

  @Override
  public NdArray binaryScalar(BinaryOp op, NdArray a, double scalar, boolean scalarFirst) {
    String kernel = "binaryScalar " + op;
    JavaArray x = arr(a, kernel);
    if (x.dtype() == DType.INT32 && scalar != Math.rint(scalar)) {
      if (op.isComparison()) { // exact in float64, and 1/0 converts back exactly
        return astype(binaryScalar(op, astype(x, DType.FLOAT64), scalar, scalarFirst), DType.INT32);
      }
      throw new IllegalArgumentException(
          kernel
              + ": int32 array with the non-integer scalar "
              + scalar
              + " (the result would not be int32; convert with astype first)");
    }
    JavaArray s = make(x.dtype(), new int[0], new double[] {Ops.round(x.dtype(), scalar)});
    JavaArray r = empty(x.dtype(), x.shape().clone());
    Compute.binary(kernel, op, scalarFirst ? s : x, scalarFirst ? x : s, r);
    return r;
  }

  @Override
  public NdArray where(NdArray cond, NdArray a, NdArray b) {
    JavaArray c = arr(cond, "where");
    JavaArray x = arr(a, "where");
    JavaArray y = arr(b, "where");
    sameDtype("where", x, y);
    int[] shape = Shapes.broadcast("where", c.shape(), x.shape(), y.shape());
    int[] co = Strided.broadcastOffsets(c.shape(), shape);
    int[] xo = Strided.broadcastOffsets(x.shape(), shape);
    int[] yo = Strided.broadcastOffsets(y.shape(), shape);
    JavaArray r = empty(x.dtype(), shape);
    for (int k = 0; k < r.data.length; k++) {
      r.data[k] = c.data[co[k]] != 0 ? x.data[xo[k]] : y.data[yo[k]]; // NaN is true, as NumPy
    }
    return r;
  }

  @Override
  public NdArray reduce(ReduceOp op, NdArray a, int[] axes, boolean keepdims) {
    return Compute.reduce(this, arr(a, "reduce " + op), op, axes, keepdims);
  }

  @Override
  public NdArray argReduce(ReduceOp op, NdArray a, int axis) {
    return Compute.argReduce(this, arr(a, "argReduce " + op), op, axis);
  }

  @Override
  public NdArray matmul(NdArray a, NdArray b, boolean transA, boolean transB) {
    return Compute.matmul(this, arr(a, "matmul"), arr(b, "matmul"), transA, transB);
  }

  @Override
  public NdArray take(NdArray a, NdArray indices, int axis) {
    return Gathers.take(this, arr(a, "take"), arr(indices, "take"), axis);
  }

  @Override
  public void takeAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    String k = "takeAddInto";
    Gathers.takeAddInto(arr(target, k), arr(indices, k), axis, arr(values, k));
  }

  @Override
  public NdArray selectAlongAxis(NdArray a, NdArray indices, int axis) {
    String k = "selectAlongAxis";
    return Gathers.select(this, arr(a, k), arr(indices, k), axis);
  }

  @Override
  public void selectAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    String k = "selectAddInto";
    Gathers.selectAddInto(arr(target, k), arr(indices, k), axis, arr(values, k));
  }

  /** A new array of this backend (for {@link Compute} and {@link Gathers}). */
  JavaArray newArray(DType t, int[] shape) {
    return empty(t, shape);
  }

  static void requireSameDtype(String kernel, JavaArray a, JavaArray b) {
    sameDtype(kernel, a, b);
  }
}
