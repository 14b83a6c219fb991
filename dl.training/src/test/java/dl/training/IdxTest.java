package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.training.datasets.Idx;
import dl.training.serializers.HostArray;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader: bytes kept as bytes, gzip members, CRC and truncation checked. */
class IdxTest {
  @TempDir Path dir;

  static byte[] idx(int n) {
    byte[] b = new byte[4 + 8 + n * 3];
    b[2] = 8;
    b[3] = 2;
    b[7] = (byte) n;
    b[11] = 3;
    for (int i = 0; i < n * 3; i++) {
      b[12 + i] = (byte) (i * 37);
    }
    return b;
  }

  static byte[] gz(byte[] b) throws IOException {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(o)) {
      g.write(b);
    }
    return o.toByteArray();
  }

  @Test
  void readsPlainGzippedAndMultiMemberFilesAsBytes() throws IOException {
    byte[] raw = idx(50);
    Path plain = Files.write(dir.resolve("a-idx2-ubyte"), raw);
    Path z = Files.write(dir.resolve("a-idx2-ubyte.gz"), gz(raw));
    byte[] first = gz(Arrays.copyOf(raw, 40));
    byte[] second = gz(Arrays.copyOfRange(raw, 40, raw.length));
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    Path multi = Files.write(dir.resolve("m-idx2-ubyte.gz"), both);
    for (Path p : new Path[] {plain, z, multi}) {
      HostArray a = Idx.read(p);
      assertEquals(HostArray.Kind.UINT8, a.kind());
      assertArrayEquals(new int[] {50, 3}, a.shape());
      assertArrayEquals(Arrays.copyOfRange(raw, 12, raw.length), (byte[]) a.data(), p.toString());
      assertEquals(37 * 7 & 0xff, (int) a.getDouble(7));
    }
  }

  @Test
  void aCorruptOrTruncatedGzipNamesTheFile() throws IOException {
    byte[] g = gz(idx(50));
    byte[] badCrc = g.clone();
    badCrc[badCrc.length - 6] ^= 1;
    Path crc = Files.write(dir.resolve("crc.gz"), badCrc);
    IOException e = assertThrows(IOException.class, () -> Idx.read(crc));
    assertTrue(e.getMessage().contains("crc.gz") && e.getMessage().contains("CRC"), e.getMessage());
    Path cut = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(g, g.length / 2));
    e = assertThrows(IOException.class, () -> Idx.read(cut));
    assertTrue(e.getMessage().contains("cut.gz"), e.getMessage());
    Path notGz = Files.write(dir.resolve("x.gz"), idx(2));
    e = assertThrows(IOException.class, () -> Idx.read(notGz));
    assertTrue(e.getMessage().contains("not a gzip file"), e.getMessage());
  }
}
