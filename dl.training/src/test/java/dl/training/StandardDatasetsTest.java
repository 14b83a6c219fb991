package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dl.api.DType;
import dl.training.datasets.Dataset;
import dl.training.datasets.StandardDatasets;
import dl.training.datasets.StandardDatasets.Options;
import dl.training.serializers.HostArray;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * get_mnist-style loading from small generated IDX files, locally and through a loopback server.
 */
class StandardDatasetsTest {
  @TempDir Path dir;
  HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
    StandardDatasets.setDatasetRoot(null);
  }

  static byte[] idx(int magic, int[] dims, byte[] data) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(raw)) {
      out.writeInt(magic);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(data);
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream g = new GZIPOutputStream(gz)) {
      g.write(raw.toByteArray());
    }
    return gz.toByteArray();
  }

  /** The four files: 3 train and 2 test images of 2×2 pixels. */
  static Map<String, byte[]> files() throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    byte[] px = new byte[12];
    for (int i = 0; i < 12; i++) {
      px[i] = (byte) (i * 20);
    }
    px[3] = (byte) 255;
    m.put("train-images-idx3-ubyte.gz", idx(0x803, new int[] {3, 2, 2}, px));
    m.put("train-labels-idx1-ubyte.gz", idx(0x801, new int[] {3}, new byte[] {7, 0, 9}));
    m.put("t10k-images-idx3-ubyte.gz", idx(0x803, new int[] {2, 2, 2}, new byte[8]));
    m.put("t10k-labels-idx1-ubyte.gz", idx(0x801, new int[] {2}, new byte[] {1, 2}));
    return m;
  }

  static void writeAll(Path d, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(d);
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(d.resolve(e.getKey()), e.getValue());
    }
  }

  @Test
  void explicitFolderWithChainersOptions() throws IOException {
    writeAll(dir, files());
    List<Dataset<?>> tt = StandardDatasets.getFashionMnist(Options.defaults().dir(dir));
    Object[] ex = (Object[]) tt.get(0).get(0);
    HostArray x = (HostArray) ex[0];
    assertArrayEquals(new int[] {4}, x.shape());
    assertEquals(20 / 255f, ((float[]) x.data())[1], 1e-7);
    assertEquals(1f, ((float[]) x.data())[3], 0);
    assertEquals(7, ((HostArray) ex[1]).getDouble(0));
    assertEquals(2, tt.get(1).size());
    List<Dataset<?>> nd3 =
        StandardDatasets.getFashionMnist(
            Options.defaults().dir(dir).ndim(3).scale(2).dtype(DType.FLOAT64).withLabel(false));
    HostArray img = (HostArray) nd3.get(0).get(0);
    assertArrayEquals(new int[] {1, 2, 2}, img.shape());
    assertEquals(2.0, ((double[]) img.data())[3], 0);
  }

  private String serve(Map<String, byte[]> files, Map<String, Integer> truncate)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          String name = ex.getRequestURI().getPath().substring(1);
          byte[] b = files.get(name);
          if (b == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
          }
          ex.sendResponseHeaders(200, b.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(b, 0, b.length - truncate.getOrDefault(name, 0));
          } catch (IOException ignored) {
            // the client may give up on a short body
          }
          ex.close();
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private static String md5(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
  }

  @Test
  void downloadsIntoTheRootWithChecksumsAndRejectsBadFiles() throws Exception {
    Map<String, byte[]> files = files();
    Path root = dir.resolve("root");
    StandardDatasets.setDatasetRoot(root);
    // The loader checks the published checksums; point it at our files' checksums through a
    // mirror that serves the same names, by testing Download directly for the bad cases.
    String base = serve(files, Map.of("t10k-labels-idx1-ubyte.gz", 5));
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path target = root.resolve("x/train-labels-idx1-ubyte.gz");
    dl.training.datasets.Download.cached(
        java.net.URI.create(base + "train-labels-idx1-ubyte.gz"),
        md5(files.get("train-labels-idx1-ubyte.gz")),
        target,
        new PrintStream(progress, true));
    assertArrayEquals(files.get("train-labels-idx1-ubyte.gz"), Files.readAllBytes(target));
    assertTrue(progress.toString().contains("downloading"), progress.toString());

    Path bad = root.resolve("x/t10k-images-idx3-ubyte.gz");
    IOException wrong =
        assertThrows(
            IOException.class,
            () ->
                dl.training.datasets.Download.cached(
                    java.net.URI.create(base + "t10k-images-idx3-ubyte.gz"),
                    "00000000000000000000000000000000",
                    bad,
                    null));
    assertTrue(wrong.getMessage().contains("MD5 checksum mismatch"), wrong.getMessage());
    assertFalse(Files.exists(bad));

    Path cut = root.resolve("x/t10k-labels-idx1-ubyte.gz");
    IOException truncated =
        assertThrows(
            IOException.class,
            () ->
                dl.training.datasets.Download.cached(
                    java.net.URI.create(base + "t10k-labels-idx1-ubyte.gz"),
                    md5(files.get("t10k-labels-idx1-ubyte.gz")),
                    cut,
                    null,
                    1000)); // the server keeps the connection open after the short body
    assertTrue(
        truncated.getMessage().contains("truncated")
            || truncated.getMessage().contains("interrupted"),
        truncated.getMessage());
    assertFalse(Files.exists(cut));
    try (Stream<Path> left = Files.list(root.resolve("x"))) {
      assertEquals(
          List.of("train-labels-idx1-ubyte.gz"),
          left.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).toList(),
          "no partial files are left behind");
    }
  }

  @Test
  void theLoaderDownloadsWhenNothingIsInstalledAndRefusesFilesWithWrongChecksums()
      throws Exception {
    Path root = dir.resolve("root");
    StandardDatasets.setDatasetRoot(root);
    String base = serve(files(), Map.of());
    // Our generated files do not have the published checksums: the loader must refuse them.
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                StandardDatasets.getFashionMnist(
                    Options.defaults().systemDir(null).mirror(base).progress(null)));
    assertTrue(e.getMessage().contains("MD5 checksum mismatch"), e.getMessage());
    assertFalse(Files.exists(root.resolve("fashion-mnist/train-images-idx3-ubyte.gz")));
    // Files already in the dataset root are used without a download.
    writeAll(root.resolve("fashion-mnist"), files());
    server.stop(0);
    server = null;
    assertEquals(
        3, StandardDatasets.getFashionMnist(Options.defaults().systemDir(null)).get(0).size());
  }

  /** A gzipped tar with the given members (ustar headers written by hand). */
  static byte[] tarGz(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> m : new java.util.TreeMap<>(members).entrySet()) {
      byte[] h = new byte[512];
      byte[] name = m.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      System.arraycopy(name, 0, h, 0, name.length);
      byte[] size = String.format("%011o", m.getValue().length).getBytes();
      System.arraycopy(size, 0, h, 124, size.length);
      h[156] = '0';
      raw.write(h);
      raw.write(m.getValue());
      raw.write(new byte[(512 - m.getValue().length % 512) % 512]);
    }
    raw.write(new byte[1024]);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream g = new GZIPOutputStream(gz)) {
      g.write(raw.toByteArray());
    }
    return gz.toByteArray();
  }

  static byte[] records(int n, int labelBytes, int firstLabel) {
    byte[] b = new byte[n * (labelBytes + 3072)];
    for (int r = 0; r < n; r++) {
      int o = r * (labelBytes + 3072);
      b[o] = 1; // CIFAR-100's coarse label
      b[o + labelBytes - 1] = (byte) (firstLabel + r);
      b[o + labelBytes] = (byte) 255; // red (0, 0)
      b[o + labelBytes + 1024 + 33] = (byte) 51; // green (1, 1)
    }
    return b;
  }

  @Test
  void cifar10And100FromTheBinaryTarballs() throws Exception {
    Files.write(
        dir.resolve("cifar-10-binary.tar.gz"),
        tarGz(
            Map.of(
                "cifar-10-batches-bin/data_batch_1.bin", records(2, 1, 3),
                "cifar-10-batches-bin/data_batch_2.bin", records(1, 1, 5),
                "cifar-10-batches-bin/test_batch.bin", records(1, 1, 9),
                "cifar-10-batches-bin/batches.meta.txt", new byte[] {'x'})));
    List<Dataset<?>> c10 = StandardDatasets.getCifar10(Options.defaults().dir(dir));
    assertEquals(3, c10.get(0).size());
    Object[] ex = (Object[]) c10.get(0).get(2);
    HostArray img = (HostArray) ex[0];
    assertArrayEquals(new int[] {3, 32, 32}, img.shape());
    assertEquals(1f, ((float[]) img.data())[0], 0);
    assertEquals(0.2f, ((float[]) img.data())[1024 + 33], 1e-7);
    assertEquals(5, ((HostArray) ex[1]).getDouble(0));
    assertEquals(9, ((HostArray) ((Object[]) c10.get(1).get(0))[1]).getDouble(0));

    Path d100 = dir.resolve("c100");
    Files.createDirectories(d100);
    Files.write(
        d100.resolve("cifar-100-binary.tar.gz"),
        tarGz(
            Map.of(
                "cifar-100-binary/train.bin", records(2, 2, 70),
                "cifar-100-binary/test.bin", records(1, 2, 99))));
    List<Dataset<?>> c100 =
        StandardDatasets.getCifar100(Options.defaults().dir(d100).ndim(1).withLabel(true));
    Object[] e100 = (Object[]) c100.get(0).get(1);
    assertArrayEquals(new int[] {3072}, ((HostArray) e100[0]).shape());
    assertEquals(71, ((HostArray) e100[1]).getDouble(0), "the fine label");
  }
}
