package dl.testing.onnx;

import java.nio.charset.StandardCharsets;

/**
 * A reader of the protobuf wire format over a byte range: varints, fixed 32/64-bit values and
 * length-delimited fields. Enough to walk ONNX's messages without a protobuf dependency.
 *
 * <pre>{@code
 * Wire w = new Wire(bytes);
 * while (w.more()) {
 *   int tag = w.tag();
 *   switch (tag >>> 3) { case 1 -> dims.add(w.varint()); default -> w.skip(tag); }
 * }
 * }</pre>
 */
public final class Wire {
  /** Wire types of a field's tag (its low three bits). */
  public static final int VARINT = 0;

  public static final int FIXED64 = 1;
  public static final int LEN = 2;
  public static final int FIXED32 = 5;

  private final byte[] buf;
  private int pos;
  private final int end;

  /** A reader over all of {@code buf}. */
  public Wire(byte[] buf) {
    this(buf, 0, buf.length);
  }

  /** A reader over {@code buf[from, to)}. */
  public Wire(byte[] buf, int from, int to) {
    if (from < 0 || to > buf.length || from > to) {
      throw new IllegalArgumentException("wire: bad range [" + from + ", " + to + ")");
    }
    this.buf = buf;
    this.pos = from;
    this.end = to;
  }

  /** Whether fields remain. */
  public boolean more() {
    return pos < end;
  }

  /** The next tag: field number {@code tag >>> 3}, wire type {@code tag & 7}. */
  public int tag() {
    return (int) varint();
  }

  /** A base-128 varint (int64 and enum fields; negative int32 values come as 10 bytes). */
  public long varint() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      need(1);
      byte b = buf[pos++];
      v |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IllegalStateException("wire: varint longer than 10 bytes at " + pos);
  }

  /** A little-endian 32-bit value. */
  public int fixed32() {
    need(4);
    int v =
        (buf[pos] & 0xff)
            | (buf[pos + 1] & 0xff) << 8
            | (buf[pos + 2] & 0xff) << 16
            | (buf[pos + 3] & 0xff) << 24;
    pos += 4;
    return v;
  }

  /** A little-endian 64-bit value. */
  public long fixed64() {
    long lo = fixed32() & 0xffffffffL;
    long hi = fixed32() & 0xffffffffL;
    return lo | hi << 32;
  }

  /** The payload of a length-delimited field, as a reader of its own. */
  public Wire message() {
    int n = length();
    Wire w = new Wire(buf, pos, pos + n);
    pos += n;
    return w;
  }

  /** The payload of a length-delimited field, copied. */
  public byte[] bytes() {
    int n = length();
    byte[] out = java.util.Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return out;
  }

  /** A length-delimited UTF-8 string. */
  public String string() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** Skips the value of a field with this tag. */
  public void skip(int tag) {
    switch (tag & 7) {
      case VARINT -> varint();
      case FIXED64 -> advance(8);
      case LEN -> advance(length());
      case FIXED32 -> advance(4);
      default -> throw new IllegalStateException("wire: unsupported wire type " + (tag & 7));
    }
  }

  private int length() {
    long n = varint();
    if (n < 0 || n > end - pos) {
      throw new IllegalStateException("wire: length " + n + " past the end at " + pos);
    }
    return (int) n;
  }

  private void advance(int n) {
    need(n);
    pos += n;
  }

  private void need(int n) {
    if (end - pos < n) {
      throw new IllegalStateException("wire: truncated message at " + pos);
    }
  }
}
