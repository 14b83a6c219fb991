package dl.backend.cuda;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.nio.ByteBuffer;

/**
 * An array in the memory of one CUDA device (or the simulator's): a dense row-major {@link
 * DeviceBuffer} with a shape and dtype. Host reads copy the elements back after the device's stream
 * has finished the work queued before them.
 */
final class CudaArray implements NdArray {
  private final CudaBackend backend;
  private final DeviceBuffer buffer;
  private final DType dtype;
  private final int[] shape;

  CudaArray(CudaBackend backend, DeviceBuffer buffer, DType dtype, int[] shape) {
    this.backend = backend;
    this.buffer = buffer;
    this.dtype = dtype;
    this.shape = shape;
  }

  DeviceBuffer buffer() {
    return buffer;
  }

  long pointer() {
    return buffer.pointer();
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

  private ByteBuffer host() {
    return backend.download(this);
  }

  @Override
  public float[] toFloatArray() {
    ByteBuffer b = host();
    float[] out = new float[size()];
    switch (dtype) {
      case FLOAT32:
        b.asFloatBuffer().get(out);
        break;
      case FLOAT64:
        for (int i = 0; i < out.length; i++) {
          out[i] = (float) b.getDouble(8 * i);
        }
        break;
      default:
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getInt(4 * i);
        }
    }
    return out;
  }

  @Override
  public double[] toDoubleArray() {
    ByteBuffer b = host();
    double[] out = new double[size()];
    switch (dtype) {
      case FLOAT32:
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getFloat(4 * i);
        }
        break;
      case FLOAT64:
        b.asDoubleBuffer().get(out);
        break;
      default:
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getInt(4 * i);
        }
    }
    return out;
  }

  @Override
  public int[] toIntArray() {
    ByteBuffer b = host();
    int[] out = new int[size()];
    switch (dtype) {
      case FLOAT32:
        for (int i = 0; i < out.length; i++) {
          out[i] = (int) b.getFloat(4 * i);
        }
        break;
      case FLOAT64:
        for (int i = 0; i < out.length; i++) {
          out[i] = (int) b.getDouble(8 * i);
        }
        break;
      default:
        b.asIntBuffer().get(out);
    }
    return out;
  }

  @Override
  public double getDouble(int flatIndex) {
    if (flatIndex < 0 || flatIndex >= size()) {
      throw new IndexOutOfBoundsException(
          "getDouble: index "
              + flatIndex
              + " is out of range for an array of shape "
              + Shapes.str(shape)
              + " (size "
              + size()
              + ")");
    }
    ByteBuffer b = backend.download(this, flatIndex);
    switch (dtype) {
      case FLOAT32:
        return b.getFloat(0);
      case FLOAT64:
        return b.getDouble(0);
      default:
        return b.getInt(0);
    }
  }

  @Override
  public String toString() {
    return "CudaArray(" + backend.device() + " " + dtype + " " + Shapes.str(shape) + ")";
  }
}
