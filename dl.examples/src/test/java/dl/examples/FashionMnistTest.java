package dl.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader on small generated files. */
class FashionMnistTest {
  @TempDir Path dir;

  private static void write(Path p, int magic, int[] dims, byte[] data, int truncate)
      throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(raw)) {
      out.writeInt(magic);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(data, 0, data.length - truncate);
    }
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(p))) {
      gz.write(raw.toByteArray());
    }
  }

  private void writeSplit(String prefix, int truncate, int imageMagic) throws IOException {
    byte[] pixels = new byte[3 * 2 * 2];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i * 20);
    }
    pixels[5] = (byte) 255;
    write(
        dir.resolve(prefix + "-images-idx3-ubyte.gz"),
        imageMagic,
        new int[] {3, 2, 2},
        pixels,
        truncate);
    write(
        dir.resolve(prefix + "-labels-idx1-ubyte.gz"),
        0x801,
        new int[] {3},
        new byte[] {7, 0, 9},
        0);
  }

  @Test
  void readsImagesScaledToUnitRangeAndLabels() throws IOException {
    writeSplit("train", 0, 0x803);
    FashionMnist.Split s = FashionMnist.load(dir, true);
    assertEquals(3, s.n());
    assertEquals(4, s.pixels());
    assertArrayEquals(new int[] {7, 0, 9}, s.labels());
    assertEquals(20 / 255f, s.images()[1], 1e-7);
    assertEquals(1f, s.images()[5], 0);
    assertEquals(20 / 255f, s.pixel(1), 0);
    assertEquals(1f, s.pixel(5), 0);
    assertEquals(12, s.pixelBytes().length, "kept as bytes");
    float[] second = new float[6];
    s.copyImages(1, second, 2, 1); // image 1 into positions 2..5
    assertArrayEquals(
        new float[] {0, 0, s.pixel(4), s.pixel(5), s.pixel(6), s.pixel(7)}, second, 0f);
  }

  @Test
  void truncatedFileIsReported() throws IOException {
    writeSplit("t10k", 5, 0x803);
    IOException e = assertThrows(IOException.class, () -> FashionMnist.load(dir, false));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void wrongMagicIsReported() throws IOException {
    writeSplit("train", 0, 0x802);
    IOException e = assertThrows(IOException.class, () -> FashionMnist.load(dir, true));
    assertTrue(
        e.getMessage().contains("not an IDX image file")
            || e.getMessage().contains("not an unsigned-byte IDX file")
            // read as (3, 2): the third dimension and the pixels are more than it declares
            || e.getMessage().contains("data after the IDX array"),
        e.getMessage());
  }

  @Test
  void missingDatasetNamesThePackageAndPath() {
    IOException e = assertThrows(IOException.class, () -> FashionMnist.load(dir, true));
    assertTrue(
        e.getMessage().contains("dataset-fashion-mnist") && e.getMessage().contains(dir.toString()),
        e.getMessage());
  }
}
