package dl.training.datasets;

import dl.training.serializers.HostArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads unsigned-byte IDX files (MNIST's format), gzipped or not, as uint8 {@link HostArray}s
 * backed by a {@code byte[]} (one byte per pixel). A gzipped file is read with one bulk read and
 * inflated straight into the array that is returned (no stream layers, no intermediate copy); the
 * gzip CRC and length are checked.
 *
 * <pre>{@code
 * HostArray images = Idx.read(dir.resolve("train-images-idx3-ubyte.gz"));   // (60000, 28, 28)
 * }</pre>
 */
public final class Idx {
  private Idx() {}

  /** The array in {@code file}: magic {@code 0x08NN} (unsigned byte, NN axes), then the dims. */
  public static HostArray read(Path file) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    Source in = file.toString().endsWith(".gz") ? new Gunzip(raw, file) : new Plain(raw);
    byte[] head = new byte[4];
    if (in.read(head) < 4) {
      throw new IOException(file + ": empty file, not an IDX file");
    }
    int magic = be(head, 0);
    if ((magic >>> 8) != 0x08 || (magic & 0xff) == 0 || (magic & 0xff) > 4) {
      throw new IOException(
          file
              + ": not an unsigned-byte IDX file (magic 0x"
              + Integer.toHexString(magic)
              + ", expected 0x801..0x804)");
    }
    int[] dims = new int[magic & 0xff];
    byte[] d = new byte[4 * dims.length];
    if (in.read(d) < d.length) {
      throw new IOException(file + ": truncated header");
    }
    long n = 1;
    for (int i = 0; i < dims.length; i++) {
      dims[i] = be(d, 4 * i);
      n *= dims[i];
      if (dims[i] < 0 || n > Integer.MAX_VALUE) {
        throw new IOException(file + ": bad dimensions " + Arrays.toString(dims));
      }
    }
    byte[] b = new byte[(int) n];
    int got = in.read(b);
    if (got < n) {
      throw new IOException(
          file + ": truncated, expected " + n + " bytes of data, found " + Math.max(0, got));
    }
    in.finish();
    return new HostArray(HostArray.Kind.UINT8, dims, b);
  }

  private static int be(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  /** Bytes in order: {@link #read} fills {@code out} or returns fewer at the end. */
  private interface Source {
    int read(byte[] out) throws IOException;

    /** Checks what follows the data (gzip: the CRC and length of each member). */
    default void finish() throws IOException {}
  }

  private static final class Plain implements Source {
    private final byte[] raw;
    private int pos;

    Plain(byte[] raw) {
      this.raw = raw;
    }

    @Override
    public int read(byte[] out) {
      int n = Math.min(out.length, raw.length - pos);
      System.arraycopy(raw, pos, out, 0, n);
      pos += n;
      return n;
    }
  }

  /** RFC 1952 over an in-memory file, members concatenated as gzip allows. */
  private static final class Gunzip implements Source {
    private final byte[] raw;
    private final Path file;
    private final Inflater inf = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private int pos;
    private long memberBytes;

    Gunzip(byte[] raw, Path file) throws IOException {
      this.raw = raw;
      this.file = file;
      member();
    }

    /** Parses a member header at {@code pos} and points the inflater after it. */
    private void member() throws IOException {
      if (raw.length - pos < 10 || (raw[pos] & 0xff) != 0x1f || (raw[pos + 1] & 0xff) != 0x8b) {
        throw new IOException(file + ": not a gzip file");
      }
      if (raw[pos + 2] != 8) {
        throw new IOException(file + ": unsupported gzip compression method " + raw[pos + 2]);
      }
      int flags = raw[pos + 3] & 0xff;
      int p = pos + 10;
      if ((flags & 4) != 0) { // FEXTRA
        p += 2 + ((raw[p] & 0xff) | (raw[p + 1] & 0xff) << 8);
      }
      for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: NUL-terminated
        if ((flags & bit) != 0) {
          while (p < raw.length && raw[p] != 0) {
            p++;
          }
          p++;
        }
      }
      if ((flags & 2) != 0) { // FHCRC
        p += 2;
      }
      if (p > raw.length) {
        throw new IOException(file + ": truncated gzip header");
      }
      inf.reset();
      inf.setInput(raw, p, raw.length - p);
      crc.reset();
      memberBytes = 0;
    }

    @Override
    public int read(byte[] out) throws IOException {
      int off = 0;
      try {
        while (off < out.length) {
          int n = inf.inflate(out, off, out.length - off);
          crc.update(out, off, n);
          memberBytes += n;
          off += n;
          if (inf.finished()) {
            if (!endMember()) {
              break;
            }
          } else if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
            break; // truncated: the caller reports the short read
          }
        }
      } catch (DataFormatException e) {
        throw new IOException(file + ": corrupt gzip data: " + e.getMessage(), e);
      }
      return off;
    }

    /** Checks the trailer of the finished member; true when another member follows. */
    private boolean endMember() throws IOException {
      int t = raw.length - inf.getRemaining();
      if (raw.length - t < 8) {
        throw new IOException(file + ": truncated gzip trailer");
      }
      long want = le32(raw, t);
      long size = le32(raw, t + 4);
      if (want != crc.getValue() || size != (memberBytes & 0xffffffffL)) {
        throw new IOException(file + ": gzip CRC or length mismatch (corrupt file)");
      }
      pos = t + 8;
      if (pos >= raw.length) {
        return false;
      }
      member();
      return true;
    }

    private static long le32(byte[] b, int at) {
      return (b[at] & 0xffL)
          | ((b[at + 1] & 0xffL) << 8)
          | ((b[at + 2] & 0xffL) << 16)
          | ((b[at + 3] & 0xffL) << 24);
    }

    @Override
    public void finish() throws IOException {
      if (!inf.finished()) {
        byte[] rest = new byte[1];
        if (read(rest) > 0) {
          throw new IOException(file + ": data after the IDX array");
        }
        if (!inf.finished()) {
          throw new IOException(file + ": truncated gzip stream");
        }
      }
      inf.end();
    }
  }
}
