package dl.training.serializers;

import dl.api.Backend;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.Shapes;
import java.util.Arrays;

/**
 * A host-side copy of one {@code .npy} entry: NumPy's element kind, a C-order shape and the values.
 * Storage per kind: {@code float[]} for float16 and float32, {@code double[]} for float64, {@code
 * byte[]} for int8 and uint8 (one byte per value, so an image data set is not inflated eightfold),
 * {@code long[]} for the other integer types, {@code boolean[]} for bool; unicode is a {@code
 * String} when 0-d and a {@code String[]} otherwise, byte strings ({@code |S}) a {@code byte[][]}
 * (NumPy's trailing NULs stripped). {@link Kind#NONE} is Python's {@code None} (a pickled 0-d
 * object array that Chainer writes for uninitialised parameters), recognised by its bytes without
 * unpickling; {@link Kind#UNSUPPORTED} is an entry Catena cannot hold (its data is the reason),
 * which only fails when something asks for it.
 *
 * <pre>{@code
 * HostArray a = HostArray.of(NdArrays.of(new float[] {1, 2}, 2));
 * NdArray back = a.toNdArray(NdArrays.backend(), DType.FLOAT32, "W");
 * }</pre>
 */
public record HostArray(Kind kind, int[] shape, Object data) {
  /** NumPy element kinds Catena reads and writes. */
  public enum Kind {
    FLOAT16("f2", 2),
    FLOAT32("f4", 4),
    FLOAT64("f8", 8),
    INT8("i1", 1),
    INT16("i2", 2),
    INT32("i4", 4),
    INT64("i8", 8),
    UINT8("u1", 1),
    UINT16("u2", 2),
    UINT32("u4", 4),
    BOOL("b1", 1),
    UNICODE("U", 4),
    BYTES("S", 1),
    NONE("O", 0),
    UNSUPPORTED("?", 0);

    final String code;
    final int size;

    Kind(String code, int size) {
      this.code = code;
      this.size = size;
    }
  }

  /** A copy of a device array. */
  public static HostArray of(NdArray a) {
    int[] s = a.shape().clone();
    switch (a.dtype()) {
      case FLOAT32:
        return new HostArray(Kind.FLOAT32, s, a.toFloatArray());
      case FLOAT64:
        return new HostArray(Kind.FLOAT64, s, a.toDoubleArray());
      default:
        return new HostArray(Kind.INT32, s, Arrays.stream(a.toIntArray()).asLongStream().toArray());
    }
  }

  /** A 0-d int64 (Python's {@code int}). */
  public static HostArray scalar(long v) {
    return new HostArray(Kind.INT64, new int[0], new long[] {v});
  }

  /** A 0-d float64 (Python's {@code float}). */
  public static HostArray scalar(double v) {
    return new HostArray(Kind.FLOAT64, new int[0], new double[] {v});
  }

  /** A 0-d bool. */
  public static HostArray scalar(boolean v) {
    return new HostArray(Kind.BOOL, new int[0], new boolean[] {v});
  }

  /** A 0-d unicode string. */
  public static HostArray string(String v) {
    return new HostArray(Kind.UNICODE, new int[0], v);
  }

  /** Python's {@code None}. */
  public static HostArray none() {
    return new HostArray(Kind.NONE, new int[0], null);
  }

  /** An entry that cannot be held (e.g. complex or datetime); loading it raises {@code reason}. */
  public static HostArray unsupported(int[] shape, String reason) {
    return new HostArray(Kind.UNSUPPORTED, shape, reason);
  }

  /** Number of elements. */
  public int size() {
    return Shapes.size(shape);
  }

  /** Element {@code i} as a double (bools are 0/1). */
  public double getDouble(int i) {
    if (data instanceof float[]) {
      return ((float[]) data)[i];
    } else if (data instanceof double[]) {
      return ((double[]) data)[i];
    } else if (data instanceof long[]) {
      return ((long[]) data)[i];
    } else if (data instanceof byte[]) {
      byte b = ((byte[]) data)[i];
      return kind == Kind.INT8 ? b : b & 0xff;
    } else if (data instanceof boolean[]) {
      return ((boolean[]) data)[i] ? 1 : 0;
    }
    throw new IllegalStateException("a " + kind + " array has no numeric elements" + reason());
  }

  /** Element {@code i} as a long: exact for integer kinds (a double would round above 2^53). */
  public long getLong(int i) {
    if (data instanceof long[]) {
      return ((long[]) data)[i];
    }
    if (data instanceof byte[]) {
      byte b = ((byte[]) data)[i];
      return kind == Kind.INT8 ? b : b & 0xff;
    }
    return (long) getDouble(i);
  }

  /** Whether the kind holds numbers (or booleans). */
  public boolean isNumeric() {
    return kind != Kind.UNICODE
        && kind != Kind.BYTES
        && kind != Kind.NONE
        && kind != Kind.UNSUPPORTED;
  }

  private String reason() {
    return kind == Kind.UNSUPPORTED ? ": " + data : "";
  }

  /** Converts to an array of {@code dtype} on {@code backend}; {@code key} names it in errors. */
  public NdArray toNdArray(Backend backend, DType dtype, String key) {
    if (!isNumeric()) {
      throw new IllegalArgumentException(
          key + ": holds a " + kind + ", not a numeric array" + reason());
    }
    int n = size();
    if (dtype == DType.FLOAT32 && data instanceof float[]) {
      return backend.fromArray(((float[]) data).clone(), shape);
    }
    switch (dtype) {
      case FLOAT32:
        {
          float[] f = new float[n];
          for (int i = 0; i < n; i++) {
            f[i] = (float) getDouble(i);
          }
          return backend.fromArray(f, shape);
        }
      case FLOAT64:
        {
          double[] d = new double[n];
          for (int i = 0; i < n; i++) {
            d[i] = getDouble(i);
          }
          return backend.fromArray(d, shape);
        }
      default:
        {
          int[] v = new int[n];
          for (int i = 0; i < n; i++) {
            double x = getDouble(i);
            if (x != Math.rint(x) || x > Integer.MAX_VALUE || x < Integer.MIN_VALUE) {
              throw new IllegalArgumentException(
                  key + ": element " + i + " = " + x + " does not fit int32");
            }
            v[i] = (int) x;
          }
          return backend.fromArray(v, shape);
        }
    }
  }

  /** Example {@code i} along the first axis (a copy; rank − 1). */
  public HostArray row(int i) {
    if (shape.length == 0 || i < 0 || i >= shape[0]) {
      throw new IndexOutOfBoundsException(
          "row " + i + " of an array of shape " + Shapes.str(shape));
    }
    int[] s = Arrays.copyOfRange(shape, 1, shape.length);
    int n = Shapes.size(s);
    Object d;
    if (data instanceof float[]) {
      d = Arrays.copyOfRange((float[]) data, i * n, (i + 1) * n);
    } else if (data instanceof double[]) {
      d = Arrays.copyOfRange((double[]) data, i * n, (i + 1) * n);
    } else if (data instanceof long[]) {
      d = Arrays.copyOfRange((long[]) data, i * n, (i + 1) * n);
    } else if (data instanceof byte[]) {
      d = Arrays.copyOfRange((byte[]) data, i * n, (i + 1) * n);
    } else if (data instanceof boolean[]) {
      d = Arrays.copyOfRange((boolean[]) data, i * n, (i + 1) * n);
    } else if (data instanceof String[]) {
      String[] rows = Arrays.copyOfRange((String[]) data, i * n, (i + 1) * n);
      d = s.length == 0 ? rows[0] : rows;
    } else if (data instanceof byte[][]) {
      d = Arrays.copyOfRange((byte[][]) data, i * n, (i + 1) * n);
    } else {
      throw new IllegalStateException("a " + kind + " array has no rows" + reason());
    }
    return new HostArray(kind, s, d);
  }

  /** A float32 array. */
  public static HostArray of(float[] data, int... shape) {
    return new HostArray(Kind.FLOAT32, checked(data.length, shape), data);
  }

  /** A float64 array. */
  public static HostArray of(double[] data, int... shape) {
    return new HostArray(Kind.FLOAT64, checked(data.length, shape), data);
  }

  /** An int32 array. */
  public static HostArray of(int[] data, int... shape) {
    return new HostArray(
        Kind.INT32, checked(data.length, shape), Arrays.stream(data).asLongStream().toArray());
  }

  private static int[] checked(int n, int[] shape) {
    int[] s = shape.length == 0 ? new int[] {n} : shape;
    if (Shapes.size(s) != n) {
      throw new IllegalArgumentException(
          "HostArray: " + n + " values do not fill shape " + Shapes.str(s));
    }
    return s;
  }

  @Override
  public String toString() {
    return kind + Shapes.str(shape) + reason();
  }
}
