package dl.plugins.javabackend;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;

/**
 * An array of the {@code "java"} backend: a shape, a dtype and the values in a {@code double[]} in
 * row-major order. Every value is kept exactly representable in the dtype (float32 values rounded
 * to float, int32 values whole), so one set of double loops serves all three dtypes.
 */
public final class JavaArray implements NdArray {
  private final JavaBackend backend;
  private final DType dtype;
  private final int[] shape;
  final double[] data;

  JavaArray(JavaBackend backend, DType dtype, int[] shape, double[] data) {
    this.backend = backend;
    this.dtype = dtype;
    this.shape = shape;
    this.data = data;
  }

  @Override
  public int[] shape() {
    return shape;
  }

  @Override
  public DType dtype() {
    return dtype;
  }

  @Override
  public Backend backend() {
    return backend;
  }

  @Override
  public int size() {
    return data.length;
  }

  @Override
  public float[] toFloatArray() {
    float[] r = new float[data.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = (float) data[k];
    }
    return r;
  }

  @Override
  public double[] toDoubleArray() {
    return data.clone();
  }

  @Override
  public int[] toIntArray() {
    int[] r = new int[data.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = (int) data[k];
    }
    return r;
  }

  @Override
  public double getDouble(int flatIndex) {
    if (flatIndex < 0 || flatIndex >= data.length) {
      throw new IndexOutOfBoundsException(
          "getDouble: index "
              + flatIndex
              + " is out of range for an array of shape "
              + Shapes.str(shape)
              + " (size "
              + data.length
              + ")");
    }
    return data[flatIndex];
  }

  @Override
  public String toString() {
    return "JavaArray(" + dtype + " " + Shapes.str(shape) + ")";
  }
}
