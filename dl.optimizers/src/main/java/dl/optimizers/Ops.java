package dl.optimizers;

import dl.api.Backend;
import dl.api.BinaryOp;
import dl.api.NdArray;
import dl.api.UnaryOp;

/**
 * The in-place array steps that update rules are written with, on the array's own backend (so the
 * update runs where the parameter lives, without host copies).
 */
final class Ops {
  private Ops() {}

  static NdArray zerosLike(NdArray a) {
    return a.backend().zeros(a.shape(), a.dtype());
  }

  static NdArray fullLike(NdArray a, double value) {
    return a.backend().full(a.shape(), value, a.dtype());
  }

  /** {@code a *= s}. */
  static void scale(NdArray a, double s) {
    Backend b = a.backend();
    b.binaryInto(BinaryOp.MUL, a, b.full(new int[0], s, a.dtype()));
  }

  /** {@code a += s·x}. */
  static void axpy(NdArray a, double s, NdArray x) {
    a.backend().axpyInto(a, s, x);
  }

  /** {@code a op= x} with {@code x} an array. */
  static void into(BinaryOp op, NdArray a, NdArray x) {
    a.backend().binaryInto(op, a, x);
  }

  /** {@code s ← s + (1 − decay)(x − s)}, the exponential moving average of Chainer's rules. */
  static void ema(NdArray s, NdArray x, double decay) {
    Backend b = s.backend();
    b.axpyInto(s, 1 - decay, b.binary(BinaryOp.SUB, x, s));
  }

  static NdArray square(NdArray a) {
    return a.backend().unary(UnaryOp.SQUARE, a);
  }

  static NdArray sqrt(NdArray a) {
    return a.backend().unary(UnaryOp.SQRT, a);
  }

  static NdArray mul(NdArray a, NdArray b) {
    return a.backend().binary(BinaryOp.MUL, a, b);
  }

  static NdArray div(NdArray a, NdArray b) {
    return a.backend().binary(BinaryOp.DIV, a, b);
  }

  /** {@code a op s} as a new array. */
  static NdArray scalar(BinaryOp op, NdArray a, double s) {
    return a.backend().binaryScalar(op, a, s, false);
  }

  /** Whether every element is finite (one reduction on the array's device). */
  static boolean allFinite(NdArray a) {
    Backend b = a.backend();
    // x − x is 0 for finite x and NaN for ±inf and NaN, so the sum is finite iff all are.
    double s = b.reduceAll(dl.api.ReduceOp.SUM, b.binary(BinaryOp.SUB, a, a)).item();
    return !Double.isNaN(s);
  }

  /** The squared L2 norm as a double. */
  static double sumSquares(NdArray a) {
    Backend b = a.backend();
    return b.reduceAll(dl.api.ReduceOp.SUM, b.unary(UnaryOp.SQUARE, a)).item();
  }
}
