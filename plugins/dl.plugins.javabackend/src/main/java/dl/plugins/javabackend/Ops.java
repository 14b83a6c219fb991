package dl.plugins.javabackend;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.UnaryOp;

/**
 * The elementwise ops one value at a time, in double: the definitions of {@link UnaryOp} and {@link
 * BinaryOp} (their int32 forms for int32), rounded to the dtype by the callers. This backend keeps
 * no semantics of its own.
 */
final class Ops {
  private Ops() {}

  /** {@code v} rounded to what {@code t} holds (int32 wraps like Java's int arithmetic). */
  static double round(DType t, double v) {
    return switch (t) {
      case FLOAT32 -> (float) v;
      case FLOAT64 -> v;
      case INT32 -> (int) (long) v;
    };
  }

  static double unary(UnaryOp op, DType t, double x) {
    return t == DType.INT32 ? op.applyInt((int) x) : op.apply(x);
  }

  static double binary(BinaryOp op, DType t, double x, double y) {
    return t == DType.INT32 ? op.applyInt((int) x, (int) y) : op.apply(x, y);
  }
}
