package dl.backend.openblas;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.UnaryOp;
import dl.api.Window;

/**
 * The CPU backend: {@link CpuArray}s on the Java heap, elementwise work in Java loops (split over
 * the cores when large) and matrix products through OpenBLAS. Semantics follow NumPy; for int32,
 * {@code DIV} is floor division ({@code //}) and {@code FMOD} C's remainder, both 0 for a zero
 * divisor, and transcendental kernels are refused.
 */
public final class CpuBackend implements Backend {
  private static final Device DEVICE = Device.of("cpu", 0);
  // The Backend contract is implemented by one kernel group per kind of kernel.
  private final CreationKernels creationKernels = new CreationKernels(this);
  private final LayoutKernels layoutKernels = new LayoutKernels(this);
  private final ElementwiseKernels elementwiseKernels = new ElementwiseKernels(this);
  private final ReductionKernels reductionKernels = new ReductionKernels(this);
  private final ProductKernels productKernels = new ProductKernels(this);
  private final GatherKernels gatherKernels = new GatherKernels(this);
  private final FusedKernels fusedKernels = new FusedKernels(this);
  private final ConvKernels convKernels = new ConvKernels(this);
  private final PoolKernels poolKernels = new PoolKernels(this);

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

  // ---------------------------------------------------------------- creation and transfer
  // (CreationKernels)

  @Override
  public NdArray full(int[] shape, double value, DType dtype) {
    return creationKernels.full(shape, value, dtype);
  }

  @Override
  public NdArray fromArray(float[] data, int... shape) {
    return creationKernels.fromArray(data, shape);
  }

  @Override
  public NdArray fromArray(double[] data, int... shape) {
    return creationKernels.fromArray(data, shape);
  }

  @Override
  public NdArray fromArray(int[] data, int... shape) {
    return creationKernels.fromArray(data, shape);
  }

  @Override
  public NdArray arange(int start, int stop, DType dtype) {
    return creationKernels.arange(start, stop, dtype);
  }

  @Override
  public NdArray randomUniform(int[] shape, DType dtype, double low, double high, long seed) {
    return creationKernels.randomUniform(shape, dtype, low, high, seed);
  }

  @Override
  public NdArray randomNormal(int[] shape, DType dtype, double mean, double std, long seed) {
    return creationKernels.randomNormal(shape, dtype, mean, std, seed);
  }

  @Override
  public NdArray transferFrom(NdArray array) {
    return creationKernels.transferFrom(array);
  }

  @Override
  public NdArray copy(NdArray a) {
    return creationKernels.copy(a);
  }

  @Override
  public void copyInto(NdArray dst, NdArray src) {
    creationKernels.copyInto(dst, src);
  }

  @Override
  public NdArray astype(NdArray a, DType dtype) {
    return creationKernels.astype(a, dtype);
  }

  // ---------------------------------------------------------------- layout (LayoutKernels)

  @Override
  public NdArray reshape(NdArray a, int... shape) {
    return layoutKernels.reshape(a, shape);
  }

  @Override
  public NdArray transpose(NdArray a, int... axes) {
    return layoutKernels.transpose(a, axes);
  }

  @Override
  public NdArray broadcastTo(NdArray a, int... shape) {
    return layoutKernels.broadcastTo(a, shape);
  }

  @Override
  public NdArray slice(NdArray a, int[] start, int[] stop, int[] step) {
    return layoutKernels.slice(a, start, stop, step);
  }

  @Override
  public void sliceAddInto(NdArray target, int[] start, int[] stop, int[] step, NdArray values) {
    layoutKernels.sliceAddInto(target, start, stop, step, values);
  }

  @Override
  public NdArray concat(NdArray[] arrays, int axis) {
    return layoutKernels.concat(arrays, axis);
  }

  // ---------------------------------------------------------------- elementwise
  // (ElementwiseKernels)

  @Override
  public NdArray unary(UnaryOp op, NdArray a) {
    return elementwiseKernels.unary(op, a);
  }

  @Override
  public NdArray binary(BinaryOp op, NdArray a, NdArray b) {
    return elementwiseKernels.binary(op, a, b);
  }

  @Override
  public void binaryInto(BinaryOp op, NdArray target, NdArray b) {
    elementwiseKernels.binaryInto(op, target, b);
  }

  @Override
  public NdArray binaryScalar(BinaryOp op, NdArray a, double scalar, boolean scalarFirst) {
    return elementwiseKernels.binaryScalar(op, a, scalar, scalarFirst);
  }

  @Override
  public NdArray where(NdArray cond, NdArray a, NdArray b) {
    return elementwiseKernels.where(cond, a, b);
  }

  // ---------------------------------------------------------------- reductions (ReductionKernels)

  @Override
  public NdArray reduce(ReduceOp op, NdArray a, int[] axes, boolean keepdims) {
    return reductionKernels.reduce(op, a, axes, keepdims);
  }

  @Override
  public NdArray argReduce(ReduceOp op, NdArray a, int axis) {
    return reductionKernels.argReduce(op, a, axis);
  }

  // ---------------------------------------------------------------- products (ProductKernels)

  @Override
  public NdArray matmul(NdArray a, NdArray b, boolean transA, boolean transB) {
    return productKernels.matmul(a, b, transA, transB);
  }

  // ---------------------------------------------------------------- gathers and scatters
  // (GatherKernels)

  @Override
  public NdArray take(NdArray a, NdArray indices, int axis) {
    return gatherKernels.take(a, indices, axis);
  }

  @Override
  public void takeAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    gatherKernels.takeAddInto(target, indices, axis, values);
  }

  @Override
  public NdArray selectAlongAxis(NdArray a, NdArray indices, int axis) {
    return gatherKernels.selectAlongAxis(a, indices, axis);
  }

  @Override
  public void selectAddInto(NdArray target, NdArray indices, int axis, NdArray values) {
    gatherKernels.selectAddInto(target, indices, axis, values);
  }

  // ---------------------------------------------------------------- fused kernels (FusedKernels)

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
    fusedKernels.adamUpdate(param, grad, m, v, lr, beta1, beta2, eps, eta, weightDecayRate);
  }

  @Override
  public NdArray reluGrad(NdArray y, NdArray gy) {
    return fusedKernels.reluGrad(y, gy);
  }

  @Override
  public void axpyInto(NdArray target, double alpha, NdArray x) {
    if (!fusedKernels.axpyInto(target, alpha, x)) {
      Backend.super.axpyInto(target, alpha, x); // broadcasting, int32 and errors: the default
    }
  }

  // ---------------------------------------------------------------- optional whole kernels
  // (ConvKernels, PoolKernels; null where they do not apply, and the functions fall back)

  @Override
  public NdArray convolution(NdArray x, NdArray w, NdArray b, Window win) {
    return convKernels.convolution(x, w, b, win);
  }

  @Override
  public NdArray convolutionGradData(NdArray gy, NdArray w, int[] xShape, Window win) {
    return convKernels.convolutionGradData(gy, w, xShape, win);
  }

  @Override
  public NdArray convolutionGradFilter(NdArray x, NdArray gy, int[] wShape, Window win) {
    return convKernels.convolutionGradFilter(x, gy, wShape, win);
  }

  @Override
  public NdArray[] maxPooling(NdArray x, Window win) {
    return poolKernels.maxPooling(x, win);
  }

  @Override
  public NdArray maxPoolingGrad(NdArray gy, NdArray indexes, int[] xShape, Window win) {
    return poolKernels.maxPoolingGrad(gy, indexes, xShape, win);
  }

  @Override
  public NdArray averagePooling(NdArray x, Window win, boolean ignorePad) {
    return poolKernels.averagePooling(x, win, ignorePad);
  }

  @Override
  public NdArray averagePoolingGrad(NdArray gy, int[] xShape, Window win, boolean ignorePad) {
    return poolKernels.averagePoolingGrad(gy, xShape, win, ignorePad);
  }
}
