package dl.testing;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.SplittableRandom;

/**
 * A host-side array for tests: values in double, a shape and a dtype. Expected results are computed
 * on these with plain Java, independently of any backend.
 *
 * <pre>{@code
 * TestArray x = TestArray.uniform(new SplittableRandom(0), DType.FLOAT32, -1, 1, 3, 4);
 * TestArray y = x.map(Math::tanh);
 * NdArray onCpu = x.to(Device.of("cpu").backend());
 * }</pre>
 *
 * @param data the values in row-major order
 * @param shape the shape
 * @param dtype the dtype the array takes on a backend
 */
public record TestArray(double[] data, int[] shape, DType dtype) {
  public TestArray {
    if (Shapes.size(shape) != data.length) {
      throw new IllegalArgumentException(
          "TestArray: " + data.length + " values for shape " + Shapes.str(shape));
    }
  }

  /** Values from a flat array. */
  public static TestArray of(DType dtype, double[] data, int... shape) {
    return new TestArray(data, shape, dtype);
  }

  /** Uniform samples in [low, high). */
  public static TestArray uniform(
      SplittableRandom rng, DType dtype, double low, double high, int... shape) {
    double[] d = new double[Shapes.size(shape)];
    for (int i = 0; i < d.length; i++) {
      d[i] = low + (high - low) * rng.nextDouble();
    }
    return new TestArray(round(d, dtype), shape, dtype);
  }

  /** Uniform integers in [low, high) (labels). */
  public static TestArray integers(SplittableRandom rng, int low, int high, int... shape) {
    double[] d = new double[Shapes.size(shape)];
    for (int i = 0; i < d.length; i++) {
      d[i] = rng.nextInt(low, high);
    }
    return new TestArray(d, shape, DType.INT32);
  }

  /** Values rounded to what the dtype can hold, so expected values use the same inputs. */
  private static double[] round(double[] d, DType dtype) {
    if (dtype == DType.FLOAT32) {
      for (int i = 0; i < d.length; i++) {
        d[i] = (float) d[i];
      }
    }
    return d;
  }

  /** This array on a backend. */
  public NdArray to(Backend backend) {
    switch (dtype) {
      case FLOAT32:
        {
          float[] f = new float[data.length];
          for (int i = 0; i < f.length; i++) {
            f[i] = (float) data[i];
          }
          return backend.fromArray(f, shape);
        }
      case FLOAT64:
        return backend.fromArray(data.clone(), shape);
      default:
        {
          int[] v = new int[data.length];
          for (int i = 0; i < v.length; i++) {
            v[i] = (int) data[i];
          }
          return backend.fromArray(v, shape);
        }
    }
  }

  /** A host copy of a backend array. */
  public static TestArray from(NdArray a) {
    return new TestArray(a.toDoubleArray(), a.shape().clone(), a.dtype());
  }

  /** Elementwise map, same shape and dtype. */
  public TestArray map(java.util.function.DoubleUnaryOperator f) {
    double[] d = new double[data.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = f.applyAsDouble(data[i]);
    }
    return new TestArray(d, shape, dtype);
  }

  /** The same values with another dtype label. */
  public TestArray withDtype(DType t) {
    return new TestArray(data, shape, t);
  }

  /** Number of elements. */
  public int size() {
    return data.length;
  }

  /** Element by multi-index. */
  public double get(int... idx) {
    int[] st = Shapes.strides(shape);
    int off = 0;
    for (int i = 0; i < idx.length; i++) {
      off += idx[i] * st[i];
    }
    return data[off];
  }
}
