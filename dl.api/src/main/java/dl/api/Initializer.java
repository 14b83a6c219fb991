package dl.api;

/**
 * Creates the initial value of a parameter for its shape (Chainer's initializers). Fan-in and
 * fan-out follow Chainer: {@code fanIn = shape[1]·prod(shape[2:])}, {@code fanOut =
 * shape[0]·prod(shape[2:])}.
 *
 * <pre>{@code
 * Initializer half = (shape, dtype, backend) -> backend.full(shape, 0.5, dtype);
 * Parameter b = new Parameter(half, 10);
 * }</pre>
 */
@FunctionalInterface
public interface Initializer {
  /** A new array of the given shape and dtype on the given backend. */
  NdArray generate(int[] shape, DType dtype, Backend backend);

  /** A constant fill. */
  static Initializer constant(double value) {
    return (shape, dtype, backend) -> backend.full(shape, value, dtype);
  }

  /** Chainer's {@code fan_in} of a weight shape. */
  static int fanIn(int[] shape) {
    if (shape.length < 2) {
      throw new IllegalArgumentException(
          "fan in and fan out need a shape of at least 2"
              + " dimensions, got "
              + Shapes.str(shape));
    }
    return shape[1] * receptive(shape);
  }

  /** Chainer's {@code fan_out} of a weight shape. */
  static int fanOut(int[] shape) {
    if (shape.length < 2) {
      throw new IllegalArgumentException(
          "fan in and fan out need a shape of at least 2"
              + " dimensions, got "
              + Shapes.str(shape));
    }
    return shape[0] * receptive(shape);
  }

  private static int receptive(int[] shape) {
    int r = 1;
    for (int i = 2; i < shape.length; i++) {
      r *= shape[i];
    }
    return r;
  }
}
