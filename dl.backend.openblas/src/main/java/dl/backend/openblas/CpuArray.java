package dl.backend.openblas;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;

/**
 * An array of the CPU backend: a contiguous row-major Java heap array ({@code float[]}, {@code
 * double[]} or {@code int[]}, by dtype) and a shape. Reshapes share the heap array. The heap was
 * chosen over native memory because the JIT vectorises loops over primitive arrays (about twice as
 * fast as over direct buffers); GEMM copies operands to native scratch instead.
 */
public final class CpuArray implements NdArray {
  private final CpuBackend backend;
  private final DType dtype;
  private final int[] shape;

  /** The storage: float[], double[] or int[], of exactly {@code size()} elements. */
  final Object data;

  private final int size;

  CpuArray(CpuBackend backend, DType dtype, int[] shape, Object data) {
    this.size = java.lang.reflect.Array.getLength(data);
    this.backend = backend;
    this.dtype = dtype;
    this.shape = shape;
    this.data = data;
  }

  /** float32 storage (null for another dtype). */
  float[] f() {
    return (float[]) data;
  }

  /** float64 storage. */
  double[] d() {
    return (double[]) data;
  }

  /** int32 storage. */
  int[] i() {
    return (int[]) data;
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
    return size;
  }

  @Override
  public float[] toFloatArray() {
    switch (dtype) {
      case FLOAT32:
        return f().clone();
      case FLOAT64:
        {
          double[] s = d();
          float[] r = new float[s.length];
          for (int k = 0; k < s.length; k++) {
            r[k] = (float) s[k];
          }
          return r;
        }
      default:
        {
          int[] s = i();
          float[] r = new float[s.length];
          for (int k = 0; k < s.length; k++) {
            r[k] = s[k];
          }
          return r;
        }
    }
  }

  @Override
  public double[] toDoubleArray() {
    switch (dtype) {
      case FLOAT64:
        return d().clone();
      case FLOAT32:
        {
          float[] s = f();
          double[] r = new double[s.length];
          for (int k = 0; k < s.length; k++) {
            r[k] = s[k];
          }
          return r;
        }
      default:
        {
          int[] s = i();
          double[] r = new double[s.length];
          for (int k = 0; k < s.length; k++) {
            r[k] = s[k];
          }
          return r;
        }
    }
  }

  @Override
  public int[] toIntArray() {
    switch (dtype) {
      case INT32:
        return i().clone();
      case FLOAT32:
        {
          float[] s = f();
          int[] r = new int[s.length];
          for (int k = 0; k < s.length; k++) {
            r[k] = (int) s[k];
          }
          return r;
        }
      default:
        {
          double[] s = d();
          int[] r = new int[s.length];
          for (int k = 0; k < s.length; k++) {
            r[k] = (int) s[k];
          }
          return r;
        }
    }
  }

  @Override
  public double getDouble(int flatIndex) {
    int n = size();
    if (flatIndex < 0 || flatIndex >= n) {
      throw new IndexOutOfBoundsException(
          "getDouble: index "
              + flatIndex
              + " is out of range for an array of shape "
              + Shapes.str(shape)
              + " (size "
              + n
              + ")");
    }
    switch (dtype) {
      case FLOAT32:
        return f()[flatIndex];
      case FLOAT64:
        return d()[flatIndex];
      default:
        return i()[flatIndex];
    }
  }

  @Override
  public String toString() {
    return "CpuArray(" + dtype + ", shape=" + Shapes.str(shape) + ")";
  }
}
