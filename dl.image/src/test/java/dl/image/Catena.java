package dl.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code catena} as a real process on the build's module path, for the command-line tests. */
final class Catena {
  private Catena() {}

  /** {@code java ... -m dl.examples/dl.examples.Main args}, natives from {@code cache}. */
  static List<String> command(Path cache, String... args) {
    String natives = System.getProperty("catena.natives");
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A short-lived JVM: quick start matters more than peak speed for these small runs.
    c.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
    c.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
    c.addAll(List.of("--module-path", Proc.modulePath(n -> !Proc.isPlugin(n))));
    c.addAll(List.of("--add-modules", natives, "-m", "dl.examples/dl.examples.Main"));
    c.addAll(List.of(args));
    return c;
  }

  static Proc run(Path cache, String... args) throws Exception {
    return Proc.run(java.util.Map.of(), command(cache, args));
  }

  /**
   * {@code train-fashion-mnist} on the data in {@code data} into {@code out}: the MLP with 100
   * units, batches of 10, a snapshot every epoch; then {@code more}.
   */
  static String[] train(Path data, Path out, String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "train-fashion-mnist",
                "--data",
                data.toString(),
                "--out",
                out.toString(),
                "--batchsize",
                "10",
                "--unit",
                "100",
                "--frequency",
                "1"));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }
}
