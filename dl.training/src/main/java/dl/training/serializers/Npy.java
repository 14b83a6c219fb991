package dl.training.serializers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format, versions 1–3: reads little- and big-endian data in C or Fortran
 * order; writes version 1.0, little endian, C order, header padded to 64 bytes as NumPy does.
 * Object arrays are pickles and are never unpickled: a 0-d pickle of {@code None} is recognised by
 * its bytes, anything else is refused.
 *
 * <pre>{@code
 * byte[] bytes = Npy.write(HostArray.scalar(3L));
 * HostArray back = Npy.read(bytes, "iteration");
 * }</pre>
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  /** Parses one {@code .npy} entry; {@code key} names it in errors. */
  public static HostArray read(byte[] b, String key) throws IOException {
    if (b.length < 10 || !java.util.Arrays.equals(java.util.Arrays.copyOf(b, 6), MAGIC)) {
      throw new IOException(key + ": not a .npy array (bad magic)");
    }
    int major = b[6];
    ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int headerLen;
    int start;
    if (major == 1) {
      headerLen = bb.getShort(8) & 0xffff;
      start = 10;
    } else if (major == 2 || major == 3) {
      headerLen = bb.getInt(8);
      start = 12;
    } else {
      throw new IOException(key + ": unsupported .npy version " + major);
    }
    if (headerLen < 0 || start + headerLen > b.length) {
      throw new IOException(key + ": truncated .npy header");
    }
    String header =
        new String(
            b, start, headerLen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    String descr = group(DESCR, header, key, "descr");
    boolean fortran = group(FORTRAN, header, key, "fortran_order").equals("True");
    int[] shape = parseShape(group(SHAPE, header, key, "shape"), key);
    int offset = start + headerLen;
    return decode(descr, fortran, shape, b, offset, key);
  }

  private static String group(Pattern p, String header, String key, String what)
      throws IOException {
    Matcher m = p.matcher(header);
    if (!m.find()) {
      throw new IOException(key + ": .npy header has no " + what + ": " + header.trim());
    }
    return m.group(1);
  }

  private static int[] parseShape(String s, String key) throws IOException {
    List<Integer> dims = new ArrayList<>();
    for (String part : s.split(",")) {
      String t = part.trim();
      if (!t.isEmpty()) {
        try {
          dims.add(Integer.parseInt(t.endsWith("L") ? t.substring(0, t.length() - 1) : t));
        } catch (NumberFormatException e) {
          throw new IOException(key + ": bad shape (" + s + ")");
        }
      }
    }
    return dims.stream().mapToInt(Integer::intValue).toArray();
  }

  private static HostArray decode(
      String descr, boolean fortran, int[] shape, byte[] b, int off, String key)
      throws IOException {
    char order = descr.charAt(0);
    String code = "<>|=".indexOf(order) >= 0 ? descr.substring(1) : descr;
    ByteOrder bo = order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    long n = 1;
    for (int d : shape) {
      n *= d;
    }
    if (code.equals("O")) {
      if (shape.length == 0 && isPickledNone(b, off)) {
        return HostArray.none();
      }
      throw new IOException(
          key
              + ": a pickled object array (dtype object); Catena never unpickles data. Save it"
              + " from NumPy as a numeric or string array instead");
    }
    if (code.startsWith("U")) {
      int chars = Integer.parseInt(code.substring(1));
      if (shape.length != 0) {
        throw new IOException(
            key + ": only 0-d unicode arrays are supported, shape has rank " + shape.length);
      }
      need(b, off, 4L * chars, key);
      ByteBuffer bb = ByteBuffer.wrap(b, off, 4 * chars).order(bo);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < chars; i++) {
        int cp = bb.getInt();
        if (cp == 0) {
          break; // NumPy pads with NUL code points
        }
        sb.appendCodePoint(cp);
      }
      return HostArray.string(sb.toString());
    }
    HostArray.Kind kind = null;
    for (HostArray.Kind k : HostArray.Kind.values()) {
      if (k.code.equals(code)) {
        kind = k;
      }
    }
    if (kind == null || n > Integer.MAX_VALUE) {
      throw new IOException(key + ": unsupported dtype '" + descr + "'");
    }
    need(b, off, n * kind.size, key);
    ByteBuffer bb = ByteBuffer.wrap(b, off, (int) n * kind.size).order(bo);
    int[] src = fortran ? fortranToC(shape) : null;
    int count = (int) n;
    Object data;
    switch (kind) {
      case FLOAT32:
        {
          float[] f = new float[count];
          for (int i = 0; i < count; i++) {
            f[src == null ? i : src[i]] = bb.getFloat();
          }
          data = f;
          break;
        }
      case FLOAT64:
        {
          double[] d = new double[count];
          for (int i = 0; i < count; i++) {
            d[src == null ? i : src[i]] = bb.getDouble();
          }
          data = d;
          break;
        }
      case BOOL:
        {
          boolean[] z = new boolean[count];
          for (int i = 0; i < count; i++) {
            z[src == null ? i : src[i]] = bb.get() != 0;
          }
          data = z;
          break;
        }
      default:
        {
          long[] l = new long[count];
          for (int i = 0; i < count; i++) {
            l[src == null ? i : src[i]] = readInt(bb, kind);
          }
          data = l;
        }
    }
    return new HostArray(kind, shape, data);
  }

  private static long readInt(ByteBuffer bb, HostArray.Kind kind) {
    switch (kind) {
      case INT8:
        return bb.get();
      case UINT8:
        return bb.get() & 0xff;
      case INT16:
        return bb.getShort();
      case UINT16:
        return bb.getShort() & 0xffff;
      case INT32:
        return bb.getInt();
      case UINT32:
        return bb.getInt() & 0xffffffffL;
      default:
        return bb.getLong();
    }
  }

  /** For the i-th element in Fortran (column-major) storage, its C-order flat index. */
  private static int[] fortranToC(int[] shape) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    int[] map = new int[n];
    int[] idx = new int[shape.length];
    for (int i = 0; i < n; i++) {
      int c = 0;
      for (int a = 0; a < shape.length; a++) {
        c = c * shape[a] + idx[a];
      }
      map[i] = c;
      for (int a = 0; a < shape.length; a++) { // Fortran order: the first axis runs fastest
        if (++idx[a] < shape[a]) {
          break;
        }
        idx[a] = 0;
      }
    }
    return map;
  }

  private static void need(byte[] b, int off, long bytes, String key) throws IOException {
    if (off + bytes > b.length) {
      throw new IOException(
          key + ": truncated .npy data, expected " + bytes + " bytes, found " + (b.length - off));
    }
  }

  /**
   * Whether the pickle at {@code off} is NumPy's pickle of {@code numpy.asarray(None)} (what
   * Chainer saves for an uninitialised parameter), judged from its bytes without running it: an
   * ndarray reconstruction whose object list holds exactly one {@code None} (any protocol).
   */
  static boolean isPickledNone(byte[] b, int off) {
    String p = new String(b, off, b.length - off, StandardCharsets.ISO_8859_1);
    return p.contains("_reconstruct")
        && p.contains("ndarray")
        && PICKLED_NONE_TAIL.matcher(p).find();
  }

  private static final Pattern PICKLED_NONE_TAIL =
      Pattern.compile("\\](\\x94|q.|r....)?Nat(\\x94|q.|r....)?b\\.$", Pattern.DOTALL);

  /** {@code pickle.dumps(numpy.asarray(None), protocol=2)}, loadable by NumPy 1 and 2. */
  private static final byte[] PICKLED_NONE = {
    -128, 2, 99, 110, 117, 109, 112, 121, 46, 99, 111, 114, 101, 46, 109, 117, 108, 116, 105, 97,
    114, 114, 97, 121, 10, 95, 114, 101, 99, 111, 110, 115, 116, 114, 117, 99, 116, 10, 113, 0, 99,
    110, 117, 109, 112, 121, 10, 110, 100, 97, 114, 114, 97, 121, 10, 113, 1, 75, 0, -123, 113, 2,
    99, 95, 99, 111, 100, 101, 99, 115, 10, 101, 110, 99, 111, 100, 101, 10, 113, 3, 88, 1, 0, 0, 0,
    98, 113, 4, 88, 6, 0, 0, 0, 108, 97, 116, 105, 110, 49, 113, 5, -122, 113, 6, 82, 113, 7, -121,
    113, 8, 82, 113, 9, 40, 75, 1, 41, 99, 110, 117, 109, 112, 121, 10, 100, 116, 121, 112, 101, 10,
    113, 10, 88, 2, 0, 0, 0, 79, 56, 113, 11, -119, -120, -121, 113, 12, 82, 113, 13, 40, 75, 3, 88,
    1, 0, 0, 0, 124, 113, 14, 78, 78, 78, 74, -1, -1, -1, -1, 74, -1, -1, -1, -1, 75, 63, 116, 113,
    15, 98, -119, 93, 113, 16, 78, 97, 116, 113, 17, 98, 46
  };

  /** Serialises one array as {@code .npy} version 1.0. */
  public static byte[] write(HostArray a) {
    StringBuilder shape = new StringBuilder("(");
    for (int d : a.shape()) {
      shape.append(d).append(", ");
    }
    if (a.shape().length > 0) {
      shape.setLength(shape.length() - (a.shape().length == 1 ? 1 : 2));
    }
    shape.append(")");
    byte[] payload = payload(a);
    String descr =
        a.kind() == HostArray.Kind.NONE
            ? "|O"
            : a.kind() == HostArray.Kind.UNICODE
                ? "<U" + Math.max(1, payload.length / 4)
                : (a.kind().size == 1 ? "|" : "<") + a.kind().code;
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    int total = 10 + dict.length() + 1;
    int pad = (64 - total % 64) % 64;
    String header = dict + " ".repeat(pad) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream(10 + header.length() + payload.length);
    out.writeBytes(MAGIC);
    out.write(1);
    out.write(0);
    out.write(header.length() & 0xff);
    out.write(header.length() >> 8);
    out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(payload);
    return out.toByteArray();
  }

  private static byte[] payload(HostArray a) {
    int n = a.size();
    switch (a.kind()) {
      case NONE:
        return PICKLED_NONE.clone();
      case UNICODE:
        {
          int[] cps = ((String) a.data()).codePoints().toArray();
          ByteBuffer bb =
              ByteBuffer.allocate(4 * Math.max(1, cps.length)).order(ByteOrder.LITTLE_ENDIAN);
          for (int cp : cps) {
            bb.putInt(cp);
          }
          return bb.array();
        }
      default:
        ByteBuffer bb = ByteBuffer.allocate(n * a.kind().size).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
          switch (a.kind()) {
            case FLOAT32:
              bb.putFloat(((float[]) a.data())[i]);
              break;
            case FLOAT64:
              bb.putDouble(((double[]) a.data())[i]);
              break;
            case BOOL:
              bb.put((byte) (((boolean[]) a.data())[i] ? 1 : 0));
              break;
            case INT8:
            case UINT8:
              bb.put((byte) ((long[]) a.data())[i]);
              break;
            case INT16:
            case UINT16:
              bb.putShort((short) ((long[]) a.data())[i]);
              break;
            case INT32:
            case UINT32:
              bb.putInt((int) ((long[]) a.data())[i]);
              break;
            default:
              bb.putLong(((long[]) a.data())[i]);
          }
        }
        return bb.array();
    }
  }
}
