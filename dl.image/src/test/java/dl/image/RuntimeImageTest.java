package dl.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jlink-ed image that the build made: size, a short training run, and a plugin next to it. */
class RuntimeImageTest {
  static Path image;
  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void setUp() throws IOException {
    Assumptions.assumeFalse(
        Boolean.getBoolean("catena.imageSkipped"), "built with -Dimage.skip=true: no image");
    image = Path.of(System.getProperty("catena.image"));
    data = tmp.resolve("idx");
    Files.createDirectories(data);
    writeSplit(data, "train", 400, 1);
    writeSplit(data, "t10k", 100, 2);
  }

  /** A tiny Fashion-MNIST look-alike: class c lights up row band c, plus noise. */
  static void writeSplit(Path dir, String prefix, int n, long seed) throws IOException {
    SplittableRandom rng = new SplittableRandom(seed);
    byte[] pixels = new byte[n * 28 * 28];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      int c = rng.nextInt(10);
      labels[i] = (byte) c;
      for (int p = 0; p < 28 * 28; p++) {
        boolean band = p / 28 / 3 == c;
        pixels[i * 784 + p] = (byte) (band ? 200 + rng.nextInt(56) : rng.nextInt(60));
      }
    }
    write(dir.resolve(prefix + "-images-idx3-ubyte.gz"), 0x803, new int[] {n, 28, 28}, pixels);
    write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), 0x801, new int[] {n}, labels);
  }

  static void write(Path p, int magic, int[] dims, byte[] body) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(raw)) {
      out.writeInt(magic);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(body);
    }
    Path part = p.resolveSibling(p.getFileName() + ".part"); // written aside, then moved in
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(part))) {
      gz.write(raw.toByteArray());
    }
    Files.move(part, p);
  }

  static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static Proc catena(Path cache, String... args) throws Exception {
    List<String> c = new ArrayList<>(List.of(image.resolve("bin/catena").toString()));
    c.addAll(List.of(args));
    // JavaCPP extracts the natives from jrt: into its cache on first use: a fresh cache is a cold
    // start, a reused one a warm start.
    return Proc.run(Map.of("JAVA_TOOL_OPTIONS", "-Dorg.bytedeco.javacpp.cachedir=" + cache), c);
  }

  /** The output without the throughput figures, which vary from run to run. */
  static String withoutSpeed(String out) {
    return out.replaceAll(", [0-9.]+ examples/s \\([0-9.]+ s\\)", "");
  }

  @Test
  void holdsOnlyWhatItNeedsAndStaysUnder50Megabytes() throws Exception {
    Proc p = Proc.run(Map.of(), List.of(image.resolve("bin/java").toString(), "--list-modules"));
    assertEquals(0, p.exit(), p.toString());
    List<String> modules = new ArrayList<>();
    for (String line : p.out().split("\n")) {
      modules.add(line.split("@")[0].split(" ")[0]);
    }
    assertTrue(modules.contains("java.base") && modules.contains("dl.examples"), p.out());
    assertTrue(modules.contains("dl.plugins.javabackend"), p.out());
    assertTrue(
        modules.stream().filter(m -> m.startsWith("java.") || m.startsWith("jdk.")).count() <= 3,
        "JDK modules beyond the few we need: " + modules);
    long bytes = sizeOf(image);
    System.out.printf("[dl.image] image size %.1f MB%n", bytes / 1e6);
    assertTrue(bytes < 50_000_000L, "image is " + bytes + " bytes");
  }

  @Test
  void trainsAFewStepsColdAndWarm() throws Exception {
    Path cache = tmp.resolve("javacpp-cache");
    // The plain loop prints one line per epoch that the two runs can be compared on.
    String[] args = {
      "train-fashion-mnist",
      "--loop",
      "plain",
      "--data",
      data.toString(),
      "--max-steps",
      "20",
      "--out",
      tmp.resolve("result-image").toString(),
      "--batchsize",
      "20",
      "--unit",
      "64"
    };
    Proc cold = catena(cache, args);
    assertEquals(0, cold.exit(), cold.toString());
    assertTrue(
        cold.out().contains("device cpu, 400 training and 100 test images"), cold.toString());
    assertTrue(cold.out().contains("epoch 1: train loss"), cold.toString());
    Proc warm = catena(cache, args);
    assertEquals(
        withoutSpeed(cold.out()), withoutSpeed(warm.out()), "the same seed gives the same run");
    System.out.printf(
        "[dl.image] 20 steps on 400 images: cold %.2f s, warm %.2f s%n",
        cold.seconds(), warm.seconds());
    Proc onJava =
        catena(
            cache,
            "train-fashion-mnist",
            "--data",
            data.toString(),
            "--max-steps",
            "4",
            "--out",
            tmp.resolve("result-java").toString(),
            "--batchsize",
            "100",
            "--unit",
            "32",
            "--device",
            "java");
    assertEquals(0, onJava.exit(), onJava.toString());
    assertTrue(onJava.out().contains("Device: java"), onJava.toString()); // the trainer loop
    // One epoch (4 steps of 100): PlotReport draws as on the module path, without java.desktop.
    for (String png : List.of("loss.png", "accuracy.png")) {
      Path f = tmp.resolve("result-java").resolve(png);
      assertTrue(Files.isRegularFile(f) && Files.size(f) > 1000, f + "\n" + onJava);
    }
  }

  @Test
  void trainsTheMlpOnTheFullFashionMnistIn512MegabytesOfHeap() throws Exception {
    Path fashion = Path.of("/usr/share/datasets/fashion-mnist");
    Assumptions.assumeTrue(
        Files.isRegularFile(fashion.resolve("train-images-idx3-ubyte.gz")),
        "needs Debian's dataset-fashion-mnist");
    // Pixels held as bytes (47 MB for the training set); as long[] they took 376 MB and failed.
    List<String> c =
        List.of(
            image.resolve("bin/catena").toString(),
            "train-fashion-mnist",
            "--max-steps",
            "30",
            "--noplot",
            "--out",
            tmp.resolve("result-512m").toString());
    Proc p =
        Proc.run(
            Map.of(
                "JAVA_TOOL_OPTIONS",
                "-Xmx512m -Dorg.bytedeco.javacpp.cachedir=" + tmp.resolve("javacpp-512m")),
            c);
    assertEquals(0, p.exit(), p.toString());
    assertTrue(!p.err().contains("OutOfMemoryError"), p.toString());
    assertTrue(p.out().contains("# unit: 1000"), p.toString());
  }

  @Test
  void aPluginJarNextToTheImageIsFound() throws Exception {
    String mp =
        Proc.modulePath(n -> n.startsWith("dl.plugins.mish") || n.startsWith("dl.plugins.demo"));
    Proc p =
        Proc.run(
            Map.of(),
            List.of(
                image.resolve("bin/java").toString(),
                "--module-path",
                mp,
                "-m",
                PluginProcessTest.DEMO,
                "mish"));
    assertEquals(0, p.exit(), p.toString());
    double[] e = {
      -1 * Math.tanh(Math.log1p(Math.exp(-1))), 0, 2 * Math.tanh(Math.log1p(Math.exp(2)))
    };
    assertArrayEquals(e, p.values("mish"), 1e-12, p.toString());
  }
}
