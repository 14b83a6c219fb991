package dl.distributed.internal;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Copies between arrays and direct buffers (native byte order), and the dtype codes of MPI. */
public final class Packing {
  private Packing() {}

  /** The {@link Mpi} datatype code of a dtype. */
  public static int mpiType(DType dtype) {
    switch (dtype) {
      case FLOAT32:
        return Mpi.FLOAT32;
      case FLOAT64:
        return Mpi.FLOAT64;
      case INT32:
        return Mpi.INT32;
    }
    throw new IllegalArgumentException("no MPI datatype for " + dtype);
  }

  /** A direct buffer in native order of at least {@code bytes}, reusing {@code old} if it fits. */
  public static ByteBuffer direct(ByteBuffer old, long bytes) {
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a single collective moves at most 2 GiB, asked for " + bytes + " bytes");
    }
    if (old != null && old.capacity() >= bytes) {
      return old.clear();
    }
    return ByteBuffer.allocateDirect((int) Math.max(bytes, 1)).order(ByteOrder.nativeOrder());
  }

  /** Writes {@code a}'s elements at element offset {@code at} of {@code buf} (of a's dtype). */
  public static void put(ByteBuffer buf, long at, NdArray a) {
    int off = Math.toIntExact(at);
    switch (a.dtype()) {
      case FLOAT32:
        buf.asFloatBuffer().put(off, a.toFloatArray());
        return;
      case FLOAT64:
        buf.asDoubleBuffer().put(off, a.toDoubleArray());
        return;
      case INT32:
        buf.asIntBuffer().put(off, a.toIntArray());
        return;
    }
  }

  /** Writes zeros for {@code n} elements of {@code dtype} at element offset {@code at}. */
  public static void zero(ByteBuffer buf, long at, int n, DType dtype) {
    int from = Math.toIntExact(at * dtype.itemSize());
    for (int i = 0; i < n * dtype.itemSize(); i++) {
      buf.put(from + i, (byte) 0);
    }
  }

  /**
   * A new array on {@code backend} of {@code shape} from element offset {@code at}, each element
   * divided by {@code divisor} (1 to copy).
   */
  public static NdArray get(
      ByteBuffer buf, long at, Backend backend, DType dtype, int[] shape, double divisor) {
    int off = Math.toIntExact(at);
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    switch (dtype) {
      case FLOAT32:
        {
          float[] f = new float[n];
          buf.asFloatBuffer().get(off, f);
          if (divisor != 1) {
            float s = (float) divisor;
            for (int i = 0; i < n; i++) {
              f[i] /= s;
            }
          }
          return backend.fromArray(f, shape);
        }
      case FLOAT64:
        {
          double[] d = new double[n];
          buf.asDoubleBuffer().get(off, d);
          if (divisor != 1) {
            for (int i = 0; i < n; i++) {
              d[i] /= divisor;
            }
          }
          return backend.fromArray(d, shape);
        }
      case INT32:
        {
          int[] v = new int[n];
          buf.asIntBuffer().get(off, v);
          return backend.fromArray(v, shape);
        }
    }
    throw new IllegalArgumentException("unsupported dtype " + dtype);
  }
}
