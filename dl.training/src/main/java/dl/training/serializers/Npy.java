package dl.training.serializers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format, versions 1–3: reads little- and big-endian data in C or Fortran
 * order; writes version 1.0, little endian, C order, header padded to 64 bytes as NumPy does. Reads
 * float16/32/64, signed and unsigned integers, bool, byte strings ({@code |S}) and unicode ({@code
 * <U}) of any rank; other dtypes give an {@link HostArray.Kind#UNSUPPORTED} entry that fails only
 * when loaded. A negative dimension or more than 2^31 - 1 elements is refused. Object arrays are
 * pickles and are never unpickled: only the exact bytes NumPy writes for a 0-d {@code None} are
 * accepted, anything else is refused.
 *
 * <pre>{@code
 * byte[] bytes = Npy.write(HostArray.scalar(3L));
 * HostArray back = Npy.read(bytes, "iteration");
 * }</pre>
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern STRUCTURED = Pattern.compile("'descr'\\s*:\\s*\\[");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  private static final Pattern ITEM_SIZE = Pattern.compile("[a-zA-Z]([0-9]+)");

  /** Longest header accepted (NumPy's own reader refuses headers beyond 10 000 bytes). */
  static final int MAX_HEADER = 1 << 16;

  private Npy() {}

  /**
   * A parsed {@code .npy} header: the dtype string, order, shape, element count, the kind (null
   * when Catena cannot hold it), the bytes per element and the header's length on disk.
   */
  record Header(
      String descr,
      boolean fortran,
      int[] shape,
      long count,
      HostArray.Kind kind,
      int itemSize,
      int headerBytes) {
    /** Bytes of data the header declares (for object arrays 0: a pickle has no fixed size). */
    long dataBytes() {
      return kind == HostArray.Kind.NONE ? 0 : count * itemSize;
    }
  }

  /** Parses one {@code .npy} entry; {@code key} names it in errors. */
  public static HostArray read(byte[] b, String key) throws IOException {
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(b);
    Header h = readHeader(in, key);
    HostArray a = readData(h, in, key);
    if (h.kind() != null && h.kind() != HostArray.Kind.NONE && in.available() > 0) {
      throw new IOException(
          key + ": " + in.available() + " bytes after the data that its header declares");
    }
    return a;
  }

  /** Reads and checks the header (magic, version, dtype, order, shape) from {@code in}. */
  static Header readHeader(InputStream in, String key) throws IOException {
    byte[] pre = in.readNBytes(8);
    if (pre.length < 8 || !Arrays.equals(Arrays.copyOf(pre, 6), MAGIC)) {
      throw new IOException(key + ": not a .npy array (bad magic)");
    }
    int major = pre[6];
    int headerLen;
    int start;
    if (major == 1) {
      byte[] l = in.readNBytes(2);
      headerLen = l.length < 2 ? -1 : (l[0] & 0xff) | (l[1] & 0xff) << 8;
      start = 10;
    } else if (major == 2 || major == 3) {
      byte[] l = in.readNBytes(4);
      headerLen =
          l.length < 4
              ? -1
              : (l[0] & 0xff) | (l[1] & 0xff) << 8 | (l[2] & 0xff) << 16 | (l[3] & 0xff) << 24;
      start = 12;
    } else {
      throw new IOException(key + ": unsupported .npy version " + major);
    }
    if (headerLen < 0 || headerLen > MAX_HEADER) {
      throw new IOException(
          key + ": bad .npy header length " + headerLen + " (at most " + MAX_HEADER + ")");
    }
    byte[] hb = in.readNBytes(headerLen);
    if (hb.length < headerLen) {
      throw new IOException(key + ": truncated .npy header");
    }
    String header =
        new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    String descr;
    Matcher dm = DESCR.matcher(header);
    if (dm.find()) {
      descr = dm.group(1);
    } else if (STRUCTURED.matcher(header).find()) {
      descr = "structured";
    } else {
      throw new IOException(key + ": .npy header has no descr: " + header.trim());
    }
    if (descr.isEmpty()) {
      throw new IOException(key + ": .npy header has an empty descr");
    }
    boolean fortran = group(FORTRAN, header, key, "fortran_order").equals("True");
    int[] shape = parseShape(group(SHAPE, header, key, "shape"), key);
    long count = 1;
    for (int d : shape) {
      count *= d; // each d < 2^31 and count checked below: no overflow before the check
      if (count > Integer.MAX_VALUE) {
        throw new IOException(
            key + ": shape " + dl.api.Shapes.str(shape) + " has more than 2^31 - 1 elements");
      }
    }
    String code = "<>|=".indexOf(descr.charAt(0)) >= 0 ? descr.substring(1) : descr;
    HostArray.Kind kind = null;
    int itemSize = 1;
    if (code.equals("O")) {
      kind = HostArray.Kind.NONE;
      itemSize = 8;
    } else if (code.matches("[US][0-9]{1,8}")) {
      int chars = Integer.parseInt(code.substring(1));
      kind = code.charAt(0) == 'U' ? HostArray.Kind.UNICODE : HostArray.Kind.BYTES;
      itemSize = Math.max(1, code.charAt(0) == 'U' ? 4 * chars : chars);
    } else {
      for (HostArray.Kind k : HostArray.Kind.values()) {
        if (k.code.equals(code) && k.size > 0 && k != HostArray.Kind.BYTES) {
          kind = k;
          itemSize = k.size;
        }
      }
      if (kind == null) {
        Matcher m = ITEM_SIZE.matcher(code);
        itemSize = m.lookingAt() && m.group(1).length() < 6 ? Integer.parseInt(m.group(1)) : 1;
      }
    }
    return new Header(descr, fortran, shape, count, kind, itemSize, start + headerLen);
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
    for (String part : s.split(",", -1)) {
      String t = part.trim();
      if (!t.isEmpty()) {
        int d;
        try {
          d = Integer.parseInt(t.endsWith("L") ? t.substring(0, t.length() - 1) : t);
        } catch (NumberFormatException e) {
          throw new IOException(key + ": bad shape (" + s + ")");
        }
        if (d < 0) {
          throw new IOException(key + ": negative dimension " + d + " in shape (" + s + ")");
        }
        dims.add(d);
      }
    }
    return dims.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Reads the data after {@code h} from {@code in}: exactly the declared bytes, in chunks, straight
   * into the typed array (no copy of the whole entry). A dtype Catena cannot hold gives an {@link
   * HostArray.Kind#UNSUPPORTED} entry without reading its data.
   */
  static HostArray readData(Header h, InputStream in, String key) throws IOException {
    HostArray.Kind kind = h.kind();
    int[] shape = h.shape();
    if (kind == null) {
      return HostArray.unsupported(shape, "unsupported dtype '" + h.descr() + "'");
    }
    if (kind == HostArray.Kind.NONE) {
      byte[] p = in.readNBytes(PickledNone.MAX + 1);
      if (shape.length == 0 && !h.fortran() && PickledNone.matches(p)) {
        return HostArray.none();
      }
      throw new IOException(
          key
              + ": a pickled object array (dtype object) that is not NumPy's pickle of None;"
              + " Catena never unpickles data. Save it from NumPy as a numeric or string array"
              + " instead");
    }
    int count = (int) h.count();
    int item = h.itemSize();
    ByteOrder bo = h.descr().charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    Object data = allocate(kind, count);
    int perChunk = Math.max(1, (1 << 16) / item);
    byte[] buf = new byte[(int) Math.min((long) perChunk * item, Math.max(1L, h.dataBytes()))];
    for (int at = 0; at < count; ) {
      int n = Math.min(perChunk, count - at);
      int len = n * item;
      int got = in.readNBytes(buf, 0, len);
      if (got < len) {
        throw new IOException(
            key
                + ": truncated .npy data, expected "
                + h.dataBytes()
                + " bytes, found "
                + ((long) at * item + got));
      }
      decode(kind, item, ByteBuffer.wrap(buf, 0, len).order(bo), data, at, n);
      at += n;
    }
    if (h.fortran() && shape.length > 1) {
      data = permute(data, fortranToC(shape));
    }
    if (kind == HostArray.Kind.UNICODE && shape.length == 0) {
      data = ((String[]) data)[0];
    }
    return new HostArray(kind, shape, data);
  }

  private static Object allocate(HostArray.Kind kind, int n) {
    switch (kind) {
      case FLOAT16:
      case FLOAT32:
        return new float[n];
      case FLOAT64:
        return new double[n];
      case BOOL:
        return new boolean[n];
      case INT8:
      case UINT8:
        return new byte[n];
      case UNICODE:
        return new String[n];
      case BYTES:
        return new byte[n][];
      default:
        return new long[n];
    }
  }

  private static void decode(
      HostArray.Kind kind, int item, ByteBuffer bb, Object data, int at, int n) {
    switch (kind) {
      case FLOAT32:
        bb.asFloatBuffer().get((float[]) data, at, n);
        return;
      case FLOAT64:
        bb.asDoubleBuffer().get((double[]) data, at, n);
        return;
      case INT8:
      case UINT8:
        bb.get((byte[]) data, at, n);
        return;
      case FLOAT16:
        for (int i = 0; i < n; i++) {
          ((float[]) data)[at + i] = halfToFloat(bb.getShort());
        }
        return;
      case BOOL:
        for (int i = 0; i < n; i++) {
          ((boolean[]) data)[at + i] = bb.get() != 0;
        }
        return;
      case UNICODE:
        for (int i = 0; i < n; i++) {
          StringBuilder sb = new StringBuilder();
          for (int c = 0; c < item / 4; c++) {
            int cp = bb.getInt();
            if (cp != 0) { // NumPy pads with NUL code points
              sb.appendCodePoint(cp);
            }
          }
          ((String[]) data)[at + i] = sb.toString();
        }
        return;
      case BYTES:
        for (int i = 0; i < n; i++) {
          byte[] e = new byte[item];
          bb.get(e);
          int len = item;
          while (len > 0 && e[len - 1] == 0) { // NumPy strips trailing NULs on access
            len--;
          }
          ((byte[][]) data)[at + i] = Arrays.copyOf(e, len);
        }
        return;
      default:
        for (int i = 0; i < n; i++) {
          ((long[]) data)[at + i] = readInt(bb, kind);
        }
    }
  }

  /** IEEE 754 half precision to float (exact: every half is a float). */
  static float halfToFloat(short h) {
    int bits = h & 0xffff;
    int sign = (bits & 0x8000) << 16;
    int exp = (bits >>> 10) & 0x1f;
    int mant = bits & 0x3ff;
    if (exp == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13)); // inf and NaN
    }
    if (exp == 0) {
      float v = mant * 0x1p-24f; // zero and subnormals
      return sign != 0 ? -v : v;
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }

  private static Object permute(Object data, int[] src) {
    int n = src.length;
    if (data instanceof float[]) {
      float[] a = (float[]) data;
      float[] o = new float[n];
      for (int i = 0; i < n; i++) {
        o[src[i]] = a[i];
      }
      return o;
    } else if (data instanceof double[]) {
      double[] a = (double[]) data;
      double[] o = new double[n];
      for (int i = 0; i < n; i++) {
        o[src[i]] = a[i];
      }
      return o;
    } else if (data instanceof long[]) {
      long[] a = (long[]) data;
      long[] o = new long[n];
      for (int i = 0; i < n; i++) {
        o[src[i]] = a[i];
      }
      return o;
    } else if (data instanceof byte[]) {
      byte[] a = (byte[]) data;
      byte[] o = new byte[n];
      for (int i = 0; i < n; i++) {
        o[src[i]] = a[i];
      }
      return o;
    } else if (data instanceof boolean[]) {
      boolean[] a = (boolean[]) data;
      boolean[] o = new boolean[n];
      for (int i = 0; i < n; i++) {
        o[src[i]] = a[i];
      }
      return o;
    }
    Object[] a = (Object[]) data;
    Object[] o = data instanceof String[] ? new String[n] : new byte[n][];
    for (int i = 0; i < n; i++) {
      o[src[i]] = a[i];
    }
    return o;
  }

  private static long readInt(ByteBuffer bb, HostArray.Kind kind) {
    switch (kind) {
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
        return PickledNone.PROTOCOL2.clone();
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
              bb.put(((byte[]) a.data())[i]);
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
