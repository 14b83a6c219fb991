package dl.examples;

import dl.training.datasets.Idx;
import dl.training.serializers.HostArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fashion-MNIST as flat arrays for the plain training loop: images scaled to [0, 1] as float32 rows
 * of 784 values, labels 0–9, read with dl.training's IDX reader (the trainer loop uses {@code
 * StandardDatasets.getFashionMnist} instead).
 *
 * <pre>{@code
 * FashionMnist.Split train = FashionMnist.load(FashionMnist.DEFAULT_DIR, true);
 * }</pre>
 */
public final class FashionMnist {
  /** Where Debian's package puts the files. */
  public static final Path DEFAULT_DIR = Path.of("/usr/share/datasets/fashion-mnist");

  /**
   * One split: {@code n} images of {@code rows·cols} pixels, kept as the file's bytes (0-255) until
   * a batch is made (a quarter of the memory of floats: 47 MB instead of 188 MB for the training
   * split), and their labels.
   */
  public record Split(byte[] pixelBytes, int[] labels, int n, int pixels) {
    /** Pixel {@code i} of the split (image {@code i / pixels}) scaled to [0, 1]. */
    public float pixel(int i) {
      return SCALE[pixelBytes[i] & 0xff];
    }

    /** The images as one new float array of {@code n·pixels} values in [0, 1]. */
    public float[] images() {
      float[] x = new float[pixelBytes.length];
      copyImages(0, x, 0, n);
      return x;
    }

    /** Copies images {@code from..from+count)} scaled to [0, 1] into {@code dst} at {@code at}. */
    public void copyImages(int from, float[] dst, int at, int count) {
      int src = from * pixels;
      for (int j = 0, len = count * pixels; j < len; j++) {
        dst[at + j] = SCALE[pixelBytes[src + j] & 0xff];
      }
    }
  }

  /** {@code v / 255f} for each byte value, the scaling the data has always had. */
  private static final float[] SCALE = new float[256];

  static {
    for (int v = 0; v < 256; v++) {
      SCALE[v] = v / 255f;
    }
  }

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
    HostArray lab = Idx.read(labels);
    HostArray img = Idx.read(images);
    if (img.shape().length != 3) {
      throw new IOException(
          images + ": not an IDX image file (" + img.shape().length + " axes, expected 3)");
    }
    if (lab.shape().length != 1 || lab.shape()[0] != img.shape()[0]) {
      throw new IOException(
          images + ": " + img.shape()[0] + " images but " + lab.size() + " labels in " + labels);
    }
    int n = img.shape()[0];
    int pixels = img.shape()[1] * img.shape()[2];
    byte[] px = (byte[]) img.data();
    byte[] l = (byte[]) lab.data();
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = l[i] & 0xff;
    }
    return new Split(px, t, n, pixels);
  }
}
