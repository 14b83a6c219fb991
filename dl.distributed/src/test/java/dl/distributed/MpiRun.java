package dl.distributed;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Runs {@link MpiChild} under {@code mpirun} as child processes of the test JVM. */
final class MpiRun {
  private MpiRun() {}

  record Result(int exitCode, String output, double seconds) {}

  /** Null when mpirun and the MPI binding are usable, else why not (for assumptions). */
  static String unavailableReason() {
    if (!onPath("mpirun")) {
      return "mpirun not found on PATH (Debian: apt-get install openmpi-bin libopenmpi-dev)";
    }
    return Communicators.mpiUnavailableReason();
  }

  static boolean onPath(String exe) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, exe))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The module path of the children: this module's classes and Catena's and JavaCPP's modules from
   * the test JVM's module and class paths (not the test framework's jars).
   */
  static String modulePath() {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(Path.of("target", "classes").toAbsolutePath().toString());
    for (String prop : new String[] {"jdk.module.path", "java.class.path"}) {
      String v = System.getProperty(prop);
      if (v != null) {
        for (String e : v.split(File.pathSeparator)) {
          String unix = e.replace(File.separatorChar, '/');
          // Installed jars, or the other modules' outputs in a reactor build (classes or jar).
          boolean ours =
              unix.contains("/dev/catena/")
                  || unix.contains("/org/bytedeco/")
                  || (unix.contains("/target/") && !unix.contains("/dl.distributed/target/"));
          if (ours) {
            entries.add(e);
          }
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The java command of one rank running {@code MpiChild args} on the module path. */
  static List<String> javaCommand(String... args) {
    List<String> cmd = new ArrayList<>();
    // Through env: Open MPI's mpirun rewrites the arguments of an executable named "java" (it adds
    // its own mpi.jar class path), which breaks a module-path command line.
    cmd.add("/usr/bin/env");
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:TieredStopAtLevel=1"); // short runs: start fast
    cmd.add("--module-path");
    cmd.add(modulePath());
    cmd.add("--add-modules");
    cmd.add("ALL-MODULE-PATH");
    cmd.add("--patch-module");
    cmd.add("dl.distributed=" + Path.of("target", "test-classes").toAbsolutePath());
    cmd.add("--add-reads");
    cmd.add("dl.distributed=dl.links,dl.optimizers,dl.functions");
    cmd.add("-m");
    cmd.add("dl.distributed/" + MpiChild.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** {@code mpirun -np N} of {@link MpiChild} with {@code args}, killed after {@code timeout}. */
  static Result run(int np, long timeoutSeconds, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(mpirunPrefix(np));
    cmd.addAll(javaCommand(args));
    return exec(cmd, timeoutSeconds);
  }

  static List<String> mpirunPrefix(int np) {
    return List.of(
        "mpirun",
        "--allow-run-as-root",
        "--oversubscribe",
        "--mca",
        "btl",
        "self,vader,tcp",
        "-np",
        Integer.toString(np));
  }

  static Result exec(List<String> cmd, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("mpirun", ".log");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      long t0 = System.nanoTime();
      Process p = pb.start();
      boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!done) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      String out = Files.readString(log, StandardCharsets.UTF_8);
      return new Result(done ? p.exitValue() : -1, String.join(" ", cmd) + "\n" + out, seconds);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
