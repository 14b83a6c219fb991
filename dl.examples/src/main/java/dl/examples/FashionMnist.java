package dl.examples;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Fashion-MNIST from IDX files (the format of Debian's {@code dataset-fashion-mnist}): images
 * scaled to [0, 1] as float32 rows of 784 values, labels 0–9.
 *
 * <pre>{@code
 * FashionMnist.Split train = FashionMnist.load(FashionMnist.DEFAULT_DIR, true);
 * }</pre>
 */
public final class FashionMnist {
  /** Where Debian's package puts the files. */
  public static final Path DEFAULT_DIR = Path.of("/usr/share/datasets/fashion-mnist");

  /** One split: {@code n} images of {@code rows·cols} pixels and their labels. */
  public record Split(float[] images, int[] labels, int n, int pixels) {}

  private FashionMnist() {}

  /** Loads the training or the test split from {@code dir}. */
  public static Split load(Path dir, boolean train) throws IOException {
    String prefix = train ? "train" : "t10k";
    Path images = dir.resolve(prefix + "-images-idx3-ubyte.gz");
    Path labels = dir.resolve(prefix + "-labels-idx1-ubyte.gz");
    for (Path p : new Path[] {images, labels}) {
      if (!Files.isReadable(p)) {
        throw new IOException(
            "Fashion-MNIST file "
                + p
                + " not found. Install Debian's package"
                + " dataset-fashion-mnist (apt-get install dataset-fashion-mnist), which puts the"
                + " files in "
                + DEFAULT_DIR
                + ", or pass --data DIR");
      }
    }
    int[] lab = readLabels(labels);
    Split s = readImages(images, lab);
    return s;
  }

  static int[] readLabels(Path file) throws IOException {
    try (DataInputStream in = open(file)) {
      int magic = in.readInt();
      if (magic != 0x801) {
        throw new IOException(
            file
                + ": not an IDX label file (magic 0x"
                + Integer.toHexString(magic)
                + ", expected 0x801)");
      }
      int n = in.readInt();
      byte[] raw = readFully(in, n, file);
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        labels[i] = raw[i] & 0xff;
      }
      return labels;
    }
  }

  static Split readImages(Path file, int[] labels) throws IOException {
    try (DataInputStream in = open(file)) {
      int magic = in.readInt();
      if (magic != 0x803) {
        throw new IOException(
            file
                + ": not an IDX image file (magic 0x"
                + Integer.toHexString(magic)
                + ", expected 0x803)");
      }
      int n = in.readInt();
      int rows = in.readInt();
      int cols = in.readInt();
      if (n != labels.length) {
        throw new IOException(file + ": " + n + " images but " + labels.length + " labels");
      }
      int pixels = rows * cols;
      byte[] raw = readFully(in, n * pixels, file);
      float[] images = new float[raw.length];
      for (int i = 0; i < raw.length; i++) {
        images[i] = (raw[i] & 0xff) / 255f;
      }
      return new Split(images, labels, n, pixels);
    }
  }

  private static DataInputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    return new DataInputStream(new GZIPInputStream(raw, 1 << 16));
  }

  private static byte[] readFully(DataInputStream in, int n, Path file) throws IOException {
    byte[] b = new byte[n];
    try {
      in.readFully(b);
    } catch (EOFException e) {
      throw new IOException(file + ": truncated, expected " + n + " bytes of data", e);
    }
    return b;
  }
}
