package dl.api;

/**
 * Creates arrays on the default device (the available backend with the highest priority), or on a
 * named one. This is the {@code numpy} of Catena's examples.
 *
 * <pre>{@code
 * NdArray x = NdArrays.of(new float[] {0, 1, 2, 3, 4, 5}, 2, 3);
 * NdArray w = NdArrays.zeros(DType.FLOAT32, 4, 3);
 * NdArray t = NdArrays.of(new int[] {1, 0}, 2);
 * }</pre>
 */
public final class NdArrays {
  private NdArrays() {}

  /** The default device's backend. */
  public static Backend backend() {
    return dl.api.spi.Engine.get().backend(dl.api.spi.Engine.get().defaultDevice());
  }

  /** A float32 array on the default device. */
  public static NdArray of(float[] data, int... shape) {
    return backend().fromArray(data, checkSize(data.length, shape));
  }

  /** A float64 array on the default device. */
  public static NdArray of(double[] data, int... shape) {
    return backend().fromArray(data, checkSize(data.length, shape));
  }

  /** An int32 array on the default device. */
  public static NdArray of(int[] data, int... shape) {
    return backend().fromArray(data, checkSize(data.length, shape));
  }

  /** A 0-d array holding {@code value}. */
  public static NdArray scalar(double value, DType dtype) {
    return backend().full(new int[0], value, dtype);
  }

  /** Zeros of the given dtype. */
  public static NdArray zeros(DType dtype, int... shape) {
    return backend().full(Shapes.of("zeros", shape), 0, dtype);
  }

  /** Ones of the given dtype. */
  public static NdArray ones(DType dtype, int... shape) {
    return backend().full(Shapes.of("ones", shape), 1, dtype);
  }

  /** An array filled with {@code value}. */
  public static NdArray full(DType dtype, double value, int... shape) {
    return backend().full(Shapes.of("full", shape), value, dtype);
  }

  private static int[] checkSize(int n, int[] shape) {
    int[] s = shape.length == 0 && n != 1 ? new int[] {n} : shape;
    if (Shapes.size(s) != n) {
      throw new IllegalArgumentException(
          "NdArrays.of: "
              + n
              + " values do not fill shape "
              + Shapes.str(s)
              + " ("
              + Shapes.size(s)
              + " elements)");
    }
    return s;
  }
}
