package dl.training.datasets;

import dl.api.DType;
import dl.training.serializers.HostArray;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Chainer's {@code get_mnist}, {@code get_fashion_mnist}, {@code get_cifar10} and {@code
 * get_cifar100}: (train, test) datasets of images scaled to {@code [0, scale]} and int32 labels.
 * Files are found in this order: {@link Options#dir}; the dataset root ({@code
 * $CATENA_DATASET_ROOT}, default {@code ~/.catena/dataset}) under the data set's name; the Debian
 * folder ({@code /usr/share/datasets/fashion-mnist}); otherwise they are downloaded from the
 * canonical location into the root, checked against the published MD5 (see {@link Download}).
 *
 * <pre>{@code
 * List<Dataset<?>> tt = StandardDatasets.getFashionMnist(Options.defaults());
 * Dataset<?> train = tt.get(0), test = tt.get(1);   // examples {image (784), label}
 * }</pre>
 */
public final class StandardDatasets {
  private static volatile Path rootOverride;

  private StandardDatasets() {}

  /**
   * Options with Chainer's defaults: labels on, {@code ndim} 1 for MNIST (3 for CIFAR when left at
   * 0), scale 1, float32.
   *
   * @param dir an explicit folder holding the files, or null
   * @param systemDir the distribution's folder, or null to skip it
   * @param mirror a base URL replacing the canonical one (tests), or null
   * @param progress where download progress goes, or null
   */
  public record Options(
      boolean withLabel,
      int ndim,
      double scale,
      DType dtype,
      Path dir,
      Path systemDir,
      String mirror,
      PrintStream progress) {
    /** Chainer's defaults, the Debian folder for Fashion-MNIST, progress on stderr. */
    public static Options defaults() {
      return new Options(
          true,
          0,
          1.0,
          DType.FLOAT32,
          null,
          Path.of("/usr/share/datasets/fashion-mnist"),
          null,
          System.err);
    }

    public Options withLabel(boolean v) {
      return new Options(v, ndim, scale, dtype, dir, systemDir, mirror, progress);
    }

    public Options ndim(int v) {
      return new Options(withLabel, v, scale, dtype, dir, systemDir, mirror, progress);
    }

    public Options scale(double v) {
      return new Options(withLabel, ndim, v, dtype, dir, systemDir, mirror, progress);
    }

    public Options dtype(DType v) {
      return new Options(withLabel, ndim, scale, v, dir, systemDir, mirror, progress);
    }

    public Options dir(Path v) {
      return new Options(withLabel, ndim, scale, dtype, v, systemDir, mirror, progress);
    }

    public Options systemDir(Path v) {
      return new Options(withLabel, ndim, scale, dtype, dir, v, mirror, progress);
    }

    public Options mirror(String v) {
      return new Options(withLabel, ndim, scale, dtype, dir, systemDir, v, progress);
    }

    public Options progress(PrintStream v) {
      return new Options(withLabel, ndim, scale, dtype, dir, systemDir, mirror, v);
    }
  }

  /** The dataset root: the override, {@code $CATENA_DATASET_ROOT}, or {@code ~/.catena/dataset}. */
  public static Path datasetRoot() {
    if (rootOverride != null) {
      return rootOverride;
    }
    String env = System.getenv("CATENA_DATASET_ROOT");
    if (env != null && !env.isEmpty()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".catena", "dataset");
  }

  /** Overrides the dataset root (Chainer's {@code set_dataset_root}); null restores the default. */
  public static void setDatasetRoot(Path root) {
    rootOverride = root;
  }

  static final String[] MNIST_FILES = {
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz"
  };

  // MD5s published with the data sets (Zalando's README; torchvision's list for the MNIST mirror).
  static final String[] FASHION_MD5 = {
    "8d4fb7e6c68d591d4c3dfef9ec88bf0d",
    "25c81989df183df01b3e8a0aad5dffbe",
    "bef4ecab320f06d8554ea6380940ec79",
    "bb300cfdad3c16e7a12a480ee83fd310"
  };
  static final String[] MNIST_MD5 = {
    "f68b3c2dcbeaaa9fbdd348bbdeb94873",
    "d53e105ee54ea40749a09fcbcd1e9432",
    "9fb629c4189551a2d022fa330f9573f3",
    "ec29112dd5afa0611ce80d1b7f02629c"
  };
  static final String FASHION_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";
  static final String MNIST_URL = "https://ossci-datasets.s3.amazonaws.com/mnist/";

  /** Fashion-MNIST (60000 train, 10000 test). */
  public static List<Dataset<?>> getFashionMnist(Options o) throws IOException {
    Path dir = locate("fashion-mnist", o, o.systemDir(), FASHION_URL, FASHION_MD5);
    return mnistLike(dir, o);
  }

  /** MNIST (60000 train, 10000 test); no distribution folder is searched. */
  public static List<Dataset<?>> getMnist(Options o) throws IOException {
    Path dir = locate("mnist", o, null, MNIST_URL, MNIST_MD5);
    return mnistLike(dir, o);
  }

  /**
   * CIFAR-10 (50000 train, 10000 test), images (3, 32, 32) by default ({@code ndim} 3; 1 gives 3072
   * values), from the binary tarball in {@code dir} or the dataset root, else downloaded.
   */
  public static List<Dataset<?>> getCifar10(Options o) throws IOException {
    return Cifar.load(false, o);
  }

  /** CIFAR-100 with the fine labels (0–99), as {@link #getCifar10}. */
  public static List<Dataset<?>> getCifar100(Options o) throws IOException {
    return Cifar.load(true, o);
  }

  private static Path locate(String name, Options o, Path system, String url, String[] md5)
      throws IOException {
    if (o.dir() != null) {
      requireAll(o.dir(), name);
      return o.dir();
    }
    Path cache = datasetRoot().resolve(name);
    if (hasAll(cache)) {
      return cache;
    }
    if (system != null && hasAll(system)) {
      return system;
    }
    String base = o.mirror() != null ? o.mirror() : url;
    for (int i = 0; i < MNIST_FILES.length; i++) {
      Download.cached(
          URI.create(base + MNIST_FILES[i]), md5[i], cache.resolve(MNIST_FILES[i]), o.progress());
    }
    return cache;
  }

  private static boolean hasAll(Path dir) {
    for (String f : MNIST_FILES) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        return false;
      }
    }
    return true;
  }

  private static void requireAll(Path dir, String name) throws IOException {
    for (String f : MNIST_FILES) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new IOException(name + ": " + dir.resolve(f) + " not found");
      }
    }
  }

  private static List<Dataset<?>> mnistLike(Path dir, Options o) throws IOException {
    int ndim = o.ndim() == 0 ? 1 : o.ndim();
    if (ndim < 1 || ndim > 3) {
      throw new IllegalArgumentException("get_mnist: ndim must be 1, 2 or 3, got " + ndim);
    }
    // The test split is read on another thread while this one reads the training split.
    java.util.concurrent.CompletableFuture<Dataset<?>> test =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return split(dir, "t10k", ndim, o);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Dataset<?> train = split(dir, "train", ndim, o);
    try {
      return List.of(train, test.join());
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException) {
        throw ((java.io.UncheckedIOException) e.getCause()).getCause();
      }
      throw e;
    }
  }

  private static Dataset<?> split(Path dir, String prefix, int ndim, Options o) throws IOException {
    HostArray images = Idx.read(dir.resolve(prefix + "-images-idx3-ubyte.gz"));
    HostArray labels = Idx.read(dir.resolve(prefix + "-labels-idx1-ubyte.gz"));
    int n = images.shape()[0];
    if (labels.shape()[0] != n) {
      throw new IOException(
          dir + "/" + prefix + ": " + n + " images but " + labels.shape()[0] + " labels");
    }
    int h = images.shape()[1];
    int w = images.shape()[2];
    int[] shape =
        ndim == 1 ? new int[] {n, h * w} : ndim == 2 ? new int[] {n, h, w} : new int[] {n, 1, h, w};
    return pack(images, labels, shape, o);
  }

  static Dataset<?> pack(HostArray images, HostArray labels, int[] shape, Options o) {
    // Pixels stay bytes; each example is scaled to float when fetched (a batch is made), so the
    // training set costs 1 byte per pixel rather than 4 or 8.
    Dataset<HostArray> x =
        new ScaledByteDataset((byte[]) images.data(), shape, o.scale() / 255.0, o.dtype());
    if (!o.withLabel()) {
      return x;
    }
    HostArray t = new HostArray(HostArray.Kind.INT32, labels.shape(), longs(labels));
    return new TupleDataset(x, new ArrayDataset(t));
  }

  private static long[] longs(HostArray labels) {
    long[] v = new long[labels.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = labels.getLong(i);
    }
    return v;
  }
}
