package dl.backend.cuda;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.UnaryOp;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Supplier;

/**
 * The CUDA backend of one device: arrays in device memory from a {@link MemoryPool}, NVRTC-compiled
 * elementwise, broadcasting, reduction and gather kernels, cuBLAS for matrix products, all through
 * a {@link DeviceRuntime} — a GPU's or the simulator's, with one code path above it. Work runs in
 * order on one stream per device; host reads wait for it.
 *
 * <pre>{@code
 * Backend b = Device.of("cuda:0").backend();
 * NdArray y = b.matmul(b.fromArray(new float[] {1, 2, 3, 4}, 2, 2), b.full(new int[] {2, 1}, 1,
 *     DType.FLOAT32), false, false);   // [[3], [7]]
 * }</pre>
 */
public final class CudaBackend implements Backend {
  final DeviceRuntime rt;
  final Kernels kernels;
  final MemoryPool pool;
  final long stream;
  private final Device device;
  private final CudaLayout layout = new CudaLayout(this);

  /** A backend for {@code device} over a runtime (the simulator's or a GPU's). */
  public CudaBackend(Device device, DeviceRuntime rt) {
    this.device = device;
    this.rt = rt;
    this.kernels = new Kernels(rt);
    this.pool =
        new MemoryPool(
            new MemoryPool.Allocator() {
              @Override
              public long malloc(long bytes) {
                return rt.malloc(bytes);
              }

              @Override
              public void free(long pointer) {
                rt.free(pointer);
              }
            });
    this.stream = rt.createStream();
  }

  @Override
  public Device device() {
    return device;
  }

  /** The runtime under this backend. */
  public DeviceRuntime runtime() {
    return rt;
  }

  /** The device memory pool. */
  public MemoryPool memoryPool() {
    return pool;
  }

  @Override
  public String toString() {
    return "CudaBackend(" + device + ", " + rt.properties().name() + ")";
  }

  // ---------------------------------------------------------------- helpers

  CudaArray arr(NdArray a, String kernel) {
    if (a instanceof CudaArray && a.backend() == this) {
      return (CudaArray) a;
    }
    if (a == null) {
      throw new NullPointerException(kernel + ": array is null");
    }
    throw new IllegalArgumentException(
        kernel
            + ": the array lives on device "
            + a.device()
            + ", not on "
            + device
            + " (transfer it first with toDevice/transferFrom)");
  }

  CudaArray alloc(DType t, int[] shape) {
    long bytes = (long) Shapes.size(shape) * t.itemSize();
    DeviceBuffer b = new DeviceBuffer(pool, pool.malloc(bytes, stream), bytes);
    MemoryScope.track(b);
    return new CudaArray(this, b, t, shape);
  }

  CudaArray view(CudaArray a, int[] shape) {
    return new CudaArray(this, a.buffer(), a.dtype(), shape);
  }

  /** Launches the kernel {@code name} over {@code n} items, compiling it on first use. */
  void launch(String name, Supplier<String> source, long n, KernelArgs args) {
    if (n > 0) {
      kernels.launch(kernels.get(name, source), n, stream, args);
    }
  }

  static ByteBuffer le(long bytes) {
    return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  ByteBuffer download(CudaArray a) {
    long bytes = (long) a.size() * a.dtype().itemSize();
    ByteBuffer b = le(bytes);
    if (bytes > 0) {
      rt.copyToHost(b, a.pointer(), bytes, stream);
    }
    return b;
  }

  ByteBuffer download(CudaArray a, int index) {
    int s = a.dtype().itemSize();
    ByteBuffer b = le(s);
    rt.copyToHost(b, a.pointer() + (long) index * s, s, stream);
    return b;
  }

  CudaArray upload(ByteBuffer data, DType t, int[] shape) {
    CudaArray r = alloc(t, shape);
    long bytes = (long) r.size() * t.itemSize();
    if (bytes > 0) {
      rt.copyToDevice(r.pointer(), data, bytes, stream);
    }
    return r;
  }

  static void sameDtype(String kernel, NdArray a, NdArray b) {
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

  KernelArgs scalarArg(KernelArgs a, DType t, double v) {
    switch (t) {
      case FLOAT32:
        return a.f32((float) v);
      case FLOAT64:
        return a.f64(v);
      default:
        return a.i32((int) v);
    }
  }

  // ---------------------------------------------------------------- creation and transfer

  @Override
  public NdArray full(int[] shape, double value, DType dtype) {
    CudaArray r = alloc(dtype, Shapes.of("full", shape));
    fill(r, value, 0);
    return r;
  }

  void fill(CudaArray r, double value, double step) {
    String name = "catena_fill_" + r.dtype().label();
    launch(
        name,
        () -> CudaKernelSource.fill(name, r.dtype()),
        r.size(),
        new KernelArgs().ptr(r.pointer()).i64(r.size()).f64(value).f64(step));
  }

  private static int[] fillShape(String kernel, int length, int[] shape) {
    int[] s = Shapes.of(kernel, shape);
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
    ByteBuffer b = le(4L * data.length);
    b.asFloatBuffer().put(data);
    return upload(b, DType.FLOAT32, fillShape("fromArray", data.length, shape));
  }

  @Override
  public NdArray fromArray(double[] data, int... shape) {
    ByteBuffer b = le(8L * data.length);
    b.asDoubleBuffer().put(data);
    return upload(b, DType.FLOAT64, fillShape("fromArray", data.length, shape));
  }

  @Override
  public NdArray fromArray(int[] data, int... shape) {
    ByteBuffer b = le(4L * data.length);
    b.asIntBuffer().put(data);
    return upload(b, DType.INT32, fillShape("fromArray", data.length, shape));
  }

  @Override
  public NdArray arange(int start, int stop, DType dtype) {
    CudaArray r = alloc(dtype, new int[] {Math.max(0, stop - start)});
    fill(r, start, 1);
    return r;
  }

  @Override
  public NdArray randomUniform(int[] shape, DType dtype, double low, double high, long seed) {
    return HostRandom.toDevice(
        this,
        HostRandom.uniform(Shapes.size(Shapes.of("randomUniform", shape)), dtype, low, high, seed),
        dtype,
        shape.clone());
  }

  @Override
  public NdArray randomNormal(int[] shape, DType dtype, double mean, double std, long seed) {
    if (!dtype.isFloating()) {
      throw new IllegalArgumentException(
          "randomNormal: dtype must be float32 or float64, got " + dtype);
    }
    return HostRandom.toDevice(
        this,
        HostRandom.normal(Shapes.size(Shapes.of("randomNormal", shape)), mean, std, seed),
        dtype,
        shape.clone());
  }

  @Override
  public NdArray transferFrom(NdArray array) {
    if (array instanceof CudaArray && array.backend() == this) {
      return copy(array);
    }
    int[] shape = array.shape().clone();
    switch (array.dtype()) {
      case FLOAT32:
        return fromArray(array.toFloatArray(), shape);
      case FLOAT64:
        return fromArray(array.toDoubleArray(), shape);
      default:
        return fromArray(array.toIntArray(), shape);
    }
  }

  @Override
  public NdArray copy(NdArray a) {
    CudaArray x = arr(a, "copy");
    CudaArray r = alloc(x.dtype(), x.shape().clone());
    long bytes = (long) x.size() * x.dtype().itemSize();
    if (bytes > 0) {
      rt.copyDeviceToDevice(r.pointer(), x.pointer(), bytes, stream);
    }
    return r;
  }

  @Override
  public void copyInto(NdArray dst, NdArray src) {
    CudaArray d = arr(dst, "copyInto");
    CudaArray s = arr(src, "copyInto");
    requireBroadcast("copyInto", "source", s.shape(), d.shape());
    layout.strided(
        s,
        0,
        CudaLayout.broadcastStrides(s.shape(), d.shape()),
        d,
        0,
        CudaLayout.contiguous(d.shape()),
        d.shape(),
        false);
  }

  @Override
  public NdArray astype(NdArray a, DType dtype) {
    CudaArray x = arr(a, "astype");
    CudaArray r = alloc(dtype, x.shape().clone());
    layout.strided(
        x,
        0,
        CudaLayout.contiguous(x.shape()),
        r,
        0,
        CudaLayout.contiguous(r.shape()),
        x.shape(),
        false);
    return r;
  }

  // ---------------------------------------------------------------- layout and gathers

  @Override
  public NdArray reshape(NdArray a, int... shape) {
    return layout.reshape(arr(a, "reshape"), shape);
  }

  @Override
  public NdArray transpose(NdArray a, int... axes) {
    return layout.transpose(arr(a, "transpose"), axes);
  }

  @Override
  public NdArray broadcastTo(NdArray a, int... shape) {
    CudaArray x = arr(a, "broadcastTo");
    int[] s = Shapes.of("broadcastTo", shape);
    requireBroadcast("broadcastTo", "an array", x.shape(), s);
    CudaArray r = alloc(x.dtype(), s);
    layout.strided(
        x, 0, CudaLayout.broadcastStrides(x.shape(), s), r, 0, CudaLayout.contiguous(s), s, false);
    return r;
  }

  @Override
  public NdArray slice(NdArray a, int[] start, int[] stop, int[] step) {
    return layout.slice(arr(a, "slice"), start, stop, step);
  }

  @Override
  public void sliceAddInto(NdArray target, int[] start, int[] stop, int[] step, NdArray values) {
    layout.sliceAddInto(
        arr(target, "sliceAddInto"), start, stop, step, arr(values, "sliceAddInto"));
  }

  @Override
  public NdArray concat(NdArray[] arrays, int axis) {
    CudaArray[] xs = new CudaArray[arrays.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = arr(arrays[i], "concat");
    }
    return layout.concat(xs, axis);
  }

  @Override
  public NdArray take(NdArray a, NdArray indices, int axis) {
    return layout.take(arr(a, "take"), arr(indices, "take"), axis);
  }

  @Override
  public void takeAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    String k = "takeAddInto";
    layout.takeAddInto(arr(target, k), arr(indices, k), axis, arr(values, k));
  }

  @Override
  public NdArray selectAlongAxis(NdArray a, NdArray indices, int axis) {
    String k = "selectAlongAxis";
    return layout.select(arr(a, k), arr(indices, k), axis, null);
  }

  @Override
  public void selectAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    String k = "selectAddInto";
    layout.select(arr(target, k), arr(indices, k), axis, arr(values, k));
  }

  // ---------------------------------------------------------------- elementwise (CudaElementwise)

  @Override
  public NdArray unary(UnaryOp op, NdArray a) {
    return CudaElementwise.unary(this, op, a);
  }

  @Override
  public NdArray binary(BinaryOp op, NdArray a, NdArray b) {
    return CudaElementwise.binary(this, op, a, b);
  }

  @Override
  public void binaryInto(BinaryOp op, NdArray target, NdArray b) {
    CudaElementwise.binaryInto(this, op, target, b);
  }

  @Override
  public NdArray binaryScalar(BinaryOp op, NdArray a, double scalar, boolean scalarFirst) {
    return CudaElementwise.binaryScalar(this, op, a, scalar, scalarFirst);
  }

  @Override
  public NdArray where(NdArray cond, NdArray a, NdArray b) {
    return CudaElementwise.where(this, cond, a, b);
  }

  // ---------------------------------------------------------------- reductions and products

  @Override
  public NdArray reduce(ReduceOp op, NdArray a, int[] axes, boolean keepdims) {
    return CudaReduce.reduce(this, arr(a, "reduce " + op), op, axes, keepdims);
  }

  @Override
  public NdArray argReduce(ReduceOp op, NdArray a, int axis) {
    return CudaReduce.argReduce(this, arr(a, "argReduce " + op), op, axis);
  }

  @Override
  public NdArray matmul(NdArray a, NdArray b, boolean transA, boolean transB) {
    return CudaReduce.matmul(this, arr(a, "matmul"), arr(b, "matmul"), transA, transB);
  }

  @Override
  public void axpyInto(NdArray target, double alpha, NdArray x) {
    if (!CudaElementwise.axpyInto(this, target, alpha, x)) {
      Backend.super.axpyInto(target, alpha, x);
    }
  }

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
    if (!CudaElementwise.adamUpdate(
        this, param, grad, m, v, lr, beta1, beta2, eps, eta, weightDecayRate)) {
      Backend.super.adamUpdate(param, grad, m, v, lr, beta1, beta2, eps, eta, weightDecayRate);
    }
  }
}
