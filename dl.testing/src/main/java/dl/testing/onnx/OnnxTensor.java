package dl.testing.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An ONNX {@code TensorProto} read from its wire format: name, element type, dims and the values
 * (as double, which holds every int32 and float exactly; int64 values beyond 2^53 are rounded).
 * Values come from {@code raw_data} or the typed repeated fields; element types without a numeric
 * reading (strings, complex, bfloat16, float8, 4-bit) have {@code values == null}.
 *
 * <pre>{@code
 * OnnxTensor t = OnnxTensor.read(Path.of("test_add/test_data_set_0/input_0.pb"));
 * if (t.dataType() == OnnxTensor.FLOAT) { double[] v = t.values(); int[] shape = t.shape(); }
 * }</pre>
 *
 * @param name the tensor's name (may be empty)
 * @param dataType ONNX's element type code ({@link #FLOAT}, {@link #INT64}, ...)
 * @param dims the dims
 * @param values the values in row-major order, or null where the type has no numeric reading
 */
public record OnnxTensor(String name, int dataType, long[] dims, double[] values) {
  public static final int FLOAT = 1;
  public static final int UINT8 = 2;
  public static final int INT8 = 3;
  public static final int UINT16 = 4;
  public static final int INT16 = 5;
  public static final int INT32 = 6;
  public static final int INT64 = 7;
  public static final int STRING = 8;
  public static final int BOOL = 9;
  public static final int FLOAT16 = 10;
  public static final int DOUBLE = 11;
  public static final int UINT32 = 12;
  public static final int UINT64 = 13;

  private static final String[] NAMES = {
    "undefined",
    "float",
    "uint8",
    "int8",
    "uint16",
    "int16",
    "int32",
    "int64",
    "string",
    "bool",
    "float16",
    "double",
    "uint32",
    "uint64",
    "complex64",
    "complex128",
    "bfloat16"
  };

  /** Reads a serialized {@code TensorProto} file. */
  public static OnnxTensor read(Path file) throws IOException {
    return parse(new Wire(Files.readAllBytes(file)));
  }

  /** Parses a {@code TensorProto} message. */
  public static OnnxTensor parse(Wire w) {
    List<Long> dims = new ArrayList<>();
    int type = 0;
    String name = "";
    byte[] raw = null;
    List<Double> typed = new ArrayList<>();
    while (w.more()) {
      int tag = w.tag();
      switch (tag >>> 3) {
        case 1 -> Repeated.longs(w, tag, dims::add);
        case 2 -> type = (int) w.varint();
        case 4 -> Repeated.fixed32(w, tag, b -> typed.add((double) Float.intBitsToFloat(b)));
        case 5 -> Repeated.longs(w, tag, v -> typed.add((double) (int) (long) v));
        case 7 -> Repeated.longs(w, tag, v -> typed.add((double) v));
        case 8 -> name = w.string();
        case 9 -> raw = w.bytes();
        case 10 -> Repeated.fixed64(w, tag, b -> typed.add(Double.longBitsToDouble(b)));
        case 11 -> Repeated.longs(w, tag, v -> typed.add(unsigned(v)));
        default -> w.skip(tag);
      }
    }
    long[] d = dims.stream().mapToLong(Long::longValue).toArray();
    double[] values;
    if (raw != null) {
      values = decodeRaw(raw, type);
    } else if (type == FLOAT16) {
      values = typed.stream().mapToDouble(v -> half((int) (double) v)).toArray();
    } else {
      values = numeric(type) ? typed.stream().mapToDouble(Double::doubleValue).toArray() : null;
    }
    if (values != null && values.length != size(d)) {
      throw new IllegalStateException(
          "tensor '" + name + "': " + values.length + " values for dims " + Arrays.toString(d));
    }
    return new OnnxTensor(name, type, d, values);
  }

  /** The dims as an int shape. */
  public int[] shape() {
    int[] s = new int[dims.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.toIntExact(dims[i]);
    }
    return s;
  }

  /** ONNX's name of the element type, e.g. {@code "float"}. */
  public String typeName() {
    return typeName(dataType);
  }

  /** ONNX's name of an element type code. */
  public static String typeName(int dataType) {
    return dataType >= 0 && dataType < NAMES.length ? NAMES[dataType] : "type" + dataType;
  }

  /** The values as ints (axes, shapes, indices). */
  public int[] intValues() {
    int[] out = new int[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.toIntExact((long) values[i]);
    }
    return out;
  }

  private static boolean numeric(int type) {
    return type >= FLOAT && type <= UINT64 && type != STRING;
  }

  private static long size(long[] dims) {
    long n = 1;
    for (long x : dims) {
      n *= x;
    }
    return n;
  }

  private static double unsigned(long v) {
    return v >= 0 ? v : (double) (v >>> 1) * 2 + (v & 1);
  }

  private static double[] decodeRaw(byte[] raw, int type) {
    int width =
        switch (type) {
          case UINT8, INT8, BOOL -> 1;
          case UINT16, INT16, FLOAT16 -> 2;
          case FLOAT, INT32, UINT32 -> 4;
          case INT64, DOUBLE, UINT64 -> 8;
          default -> 0;
        };
    if (width == 0) {
      return null;
    }
    Wire w = new Wire(raw);
    double[] out = new double[raw.length / width];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          switch (type) {
            case UINT8, BOOL -> raw[i] & 0xff;
            case INT8 -> raw[i];
            case UINT16 -> le16(raw, i);
            case INT16 -> (short) le16(raw, i);
            case FLOAT16 -> half(le16(raw, i));
            case FLOAT -> Float.intBitsToFloat(w.fixed32());
            case INT32 -> w.fixed32();
            case UINT32 -> w.fixed32() & 0xffffffffL;
            case INT64 -> w.fixed64();
            case UINT64 -> unsigned(w.fixed64());
            default -> Double.longBitsToDouble(w.fixed64());
          };
    }
    return out;
  }

  private static int le16(byte[] raw, int i) {
    return (raw[2 * i] & 0xff) | (raw[2 * i + 1] & 0xff) << 8;
  }

  /** IEEE half precision bits to a double. */
  static double half(int bits) {
    int sign = (bits >>> 15) & 1;
    int exp = (bits >>> 10) & 0x1f;
    int frac = bits & 0x3ff;
    double v;
    if (exp == 0) {
      v = frac * Math.pow(2, -24);
    } else if (exp == 31) {
      v = frac == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    } else {
      v = (1 + frac / 1024.0) * Math.pow(2, exp - 15);
    }
    return sign == 1 ? -v : v;
  }
}
