package dl.api;

import java.util.Arrays;

/**
 * A dense, row-major n-dimensional array on one device. Arrays are created by a {@link Backend} (or
 * {@link NdArrays} on the default device) and are the values that {@link FunctionNode}s compute on.
 * The convenience methods below delegate to {@link #backend()}.
 *
 * <pre>{@code
 * NdArray x = NdArrays.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
 * NdArray y = x.mul(2).add(1).sum(1);            // [15, 33]
 * float[] host = y.toFloatArray();
 * }</pre>
 */
public interface NdArray {
  /** The shape; callers must not modify the returned array. */
  int[] shape();

  /** The element type. */
  DType dtype();

  /** The backend that holds this array and computes on it. */
  Backend backend();

  /** The device this array lives on. */
  default Device device() {
    return backend().device();
  }

  /** Number of axes. */
  default int ndim() {
    return shape().length;
  }

  /** Number of elements. */
  default int size() {
    return Shapes.size(shape());
  }

  /** Elements in row-major order, converted to float (a host copy). */
  float[] toFloatArray();

  /** Elements in row-major order, converted to double (a host copy). */
  double[] toDoubleArray();

  /** Elements in row-major order, converted to int (a host copy; floats are truncated). */
  int[] toIntArray();

  /** One element by flat row-major index, as a double. */
  double getDouble(int flatIndex);

  /** The single element of a size-1 array. */
  default double item() {
    if (size() != 1) {
      throw new IllegalStateException(
          "item(): the array must have exactly one element, shape is " + Shapes.str(shape()));
    }
    return getDouble(0);
  }

  /** A copy on {@code device} (this array itself when already there). */
  default NdArray toDevice(Device device) {
    return device.equals(device()) ? this : device.backend().transferFrom(this);
  }

  // ---- conveniences delegating to the backend ----

  /** Elementwise {@code this + o}, with broadcasting. */
  default NdArray add(NdArray o) {
    return backend().binary(BinaryOp.ADD, this, o);
  }

  /** Elementwise {@code this - o}, with broadcasting. */
  default NdArray sub(NdArray o) {
    return backend().binary(BinaryOp.SUB, this, o);
  }

  /** Elementwise {@code this * o}, with broadcasting. */
  default NdArray mul(NdArray o) {
    return backend().binary(BinaryOp.MUL, this, o);
  }

  /** Elementwise {@code this / o}, with broadcasting. */
  default NdArray div(NdArray o) {
    return backend().binary(BinaryOp.DIV, this, o);
  }

  /** {@code this + s} for every element. */
  default NdArray add(double s) {
    return backend().binaryScalar(BinaryOp.ADD, this, s, false);
  }

  /** {@code this - s} for every element. */
  default NdArray sub(double s) {
    return backend().binaryScalar(BinaryOp.SUB, this, s, false);
  }

  /** {@code this * s} for every element. */
  default NdArray mul(double s) {
    return backend().binaryScalar(BinaryOp.MUL, this, s, false);
  }

  /** {@code this / s} for every element. */
  default NdArray div(double s) {
    return backend().binaryScalar(BinaryOp.DIV, this, s, false);
  }

  /** {@code this ** s} for every element. */
  default NdArray pow(double s) {
    return backend().binaryScalar(BinaryOp.POW, this, s, false);
  }

  /** 1 where {@code this > s}, else 0, in this array's dtype. */
  default NdArray gt(double s) {
    return backend().binaryScalar(BinaryOp.GT, this, s, false);
  }

  /** {@code -this}. */
  default NdArray neg() {
    return backend().unary(UnaryOp.NEG, this);
  }

  /** {@code e^this}, elementwise. */
  default NdArray exp() {
    return backend().unary(UnaryOp.EXP, this);
  }

  /** Natural logarithm, elementwise. */
  default NdArray log() {
    return backend().unary(UnaryOp.LOG, this);
  }

  /** The backend's unary kernel {@code op} on this array. */
  default NdArray unary(UnaryOp op) {
    return backend().unary(op, this);
  }

  /** The backend's binary kernel {@code op} on this array and {@code o}, with broadcasting. */
  default NdArray binary(BinaryOp op, NdArray o) {
    return backend().binary(op, this, o);
  }

  /** Sum over the given axes (all axes when none), dropping them. */
  default NdArray sum(int... axes) {
    return axes.length == 0
        ? backend().reduceAll(ReduceOp.SUM, this)
        : backend().reduce(ReduceOp.SUM, this, axes, false);
  }

  /** Sum over the given axes, keeping them as size-1 axes when {@code keepdims}. */
  default NdArray sum(int[] axes, boolean keepdims) {
    return backend().reduce(ReduceOp.SUM, this, axes, keepdims);
  }

  /** Maximum over the given axes, keeping them as size-1 axes when {@code keepdims}. */
  default NdArray max(int[] axes, boolean keepdims) {
    return backend().reduce(ReduceOp.MAX, this, axes, keepdims);
  }

  /** Matrix product of this and {@code o}, each transposed first when asked. */
  default NdArray matmul(NdArray o, boolean transA, boolean transB) {
    return backend().matmul(this, o, transA, transB);
  }

  /** The same elements in a new shape (one axis may be -1). */
  default NdArray reshape(int... shape) {
    return backend().reshape(this, shape);
  }

  /** The axes permuted (reversed when none are given). */
  default NdArray transpose(int... axes) {
    return backend().transpose(this, axes);
  }

  /** This array broadcast to {@code shape} (NumPy rules). */
  default NdArray broadcastTo(int... shape) {
    return Arrays.equals(shape, shape()) ? this : backend().broadcastTo(this, shape);
  }

  /** A copy converted to {@code dtype}. */
  default NdArray astype(DType dtype) {
    return dtype == dtype() ? this : backend().astype(this, dtype);
  }

  /** A copy with its own storage. */
  default NdArray copy() {
    return backend().copy(this);
  }
}
