package dl.training.datasets;

import dl.training.serializers.HostArray;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads unsigned-byte IDX files (MNIST's format), gzipped or not, as uint8 {@link HostArray}s.
 *
 * <pre>{@code
 * HostArray images = Idx.read(dir.resolve("train-images-idx3-ubyte.gz"));   // (60000, 28, 28)
 * }</pre>
 */
public final class Idx {
  private Idx() {}

  /** The array in {@code file}: magic {@code 0x08NN} (unsigned byte, NN axes), then the dims. */
  public static HostArray read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in =
            new DataInputStream(
                file.toString().endsWith(".gz")
                    ? new GZIPInputStream(raw, 1 << 16)
                    : new java.io.BufferedInputStream(raw, 1 << 16))) {
      int magic;
      try {
        magic = in.readInt();
      } catch (EOFException e) {
        throw new IOException(file + ": empty file, not an IDX file", e);
      }
      if ((magic >>> 8) != 0x08 || (magic & 0xff) == 0 || (magic & 0xff) > 4) {
        throw new IOException(
            file
                + ": not an unsigned-byte IDX file (magic 0x"
                + Integer.toHexString(magic)
                + ", expected 0x801..0x804)");
      }
      int[] dims = new int[magic & 0xff];
      long n = 1;
      for (int i = 0; i < dims.length; i++) {
        dims[i] = in.readInt();
        n *= dims[i];
      }
      if (n > Integer.MAX_VALUE || n < 0) {
        throw new IOException(file + ": too many elements (" + n + ")");
      }
      byte[] b = new byte[(int) n];
      try {
        in.readFully(b);
      } catch (EOFException e) {
        throw new IOException(file + ": truncated, expected " + n + " bytes of data", e);
      }
      long[] v = new long[b.length];
      for (int i = 0; i < b.length; i++) {
        v[i] = b[i] & 0xff;
      }
      return new HostArray(HostArray.Kind.UINT8, dims, v);
    }
  }
}
