package dl.image;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs a real process and keeps its exit status, output and wall time. */
record Proc(int exit, String out, String err, double seconds) {
  static Proc run(Map<String, String> env, List<String> command) throws Exception {
    Path out = Files.createTempFile("proc", ".out");
    Path err = Files.createTempFile("proc", ".err");
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    Proc r =
        new Proc(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8),
            s);
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  static Proc java(List<String> args) throws Exception {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.addAll(args);
    return run(Map.of(), c);
  }

  /** The value of the line {@code key: [a, b, ...]} as numbers. */
  double[] values(String key) {
    for (String line : out.split("\n")) {
      if (line.startsWith(key + ": [")) {
        String body = line.substring(key.length() + 3, line.length() - 1);
        return Arrays.stream(body.split(","))
            .mapToDouble(s -> Double.parseDouble(s.trim()))
            .toArray();
      }
    }
    throw new AssertionError("no line '" + key + ": [...]' in the output:\n" + this);
  }

  /** The jars of the build's module path (a system property) that pass {@code keep}. */
  static String modulePath(Predicate<String> keep) {
    List<String> out = new ArrayList<>();
    for (String e : System.getProperty("catena.modulepath").split(File.pathSeparator)) {
      String name = Path.of(e).getFileName().toString();
      boolean ours = name.startsWith("dl.") || name.matches("(openblas|javacpp|picocli)-.*");
      if (ours && !name.startsWith("dl.backend.cuda") && keep.test(name)) {
        out.add(e);
      }
    }
    return String.join(File.pathSeparator, out);
  }

  /** Whether a jar holds native libraries (a bytedeco platform classifier). */
  static boolean isNative(String jarName) {
    return jarName.matches("(openblas|javacpp)-.*\\d-[a-z]+-[a-z0-9_]+\\.jar");
  }

  static boolean isPlugin(String jarName) {
    return jarName.matches("dl\\.plugins\\.(mish|glu|lion|javabackend)-.*");
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
