package dl.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.training.serializers.HostArray;
import dl.training.serializers.NpzFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catena}'s entry point in process: usage errors, exit codes, stopping early. */
class MainTest {
  @TempDir Path dir;

  record Result(int exit, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  static Result catena(String... args) {
    return capture((o, e) -> Main.run(o, e, args));
  }

  /** Runs {@code command} with System.out and System.err captured (and given to it). */
  static Result capture(java.util.function.ToIntBiFunction<PrintStream, PrintStream> command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int rc;
    System.setOut(o); // the commands print to System.out/err themselves
    System.setErr(e);
    try {
      rc = command.applyAsInt(o, e);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Result(
        rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String[] train(String... more) throws IOException {
    List<String> a =
        new ArrayList<>(
            List.of(
                "train-fashion-mnist",
                "--data",
                TrainerLoopTest.data(dir).toString(),
                "--unit",
                "5",
                "--batchsize",
                "7",
                "--noplot",
                "--out",
                dir.resolve("out").toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  /**
   * Exit 2 and exactly one line on stderr that starts with {@code prefix} and contains {@code why}.
   */
  private static void usageError(String prefix, String why, Result r) {
    usageError("train-fashion-mnist", prefix, why, r);
  }

  /** The same for {@code command}. */
  private static void usageError(String command, String prefix, String why, Result r) {
    assertEquals(2, r.exit(), r.toString());
    assertEquals(1, r.errLines().size(), "one line:\n" + r.err());
    String line = r.errLines().get(0);
    assertTrue(line.startsWith("catena " + command + ": " + prefix), line);
    assertTrue(line.contains(why), line);
    assertFalse(line.contains("Exception"), line);
  }

  @Test
  void badNumbersAreOneLineUsageErrorsNamingTheOption() throws IOException {
    usageError("--epoch -1: ", "must be at least 1", catena(train("--epoch", "-1")));
    usageError("--epoch 0: ", "must be at least 1", catena(train("--epoch", "0")));
    usageError("--batchsize 0: ", "must be at least 1", catena(train("--batchsize", "0")));
    usageError("--unit 0: ", "must be at least 1", catena(train("--unit", "0")));
    usageError("--max-steps -4: ", "must be at least 0", catena(train("--max-steps", "-4")));
    usageError("--frequency 0: ", "expected -1", catena(train("--frequency", "0")));
    usageError("--model resnet: ", "expected mlp or cnn", catena(train("--model", "resnet")));
    usageError("--loop x: ", "expected trainer or plain", catena(train("--loop", "x")));
    usageError("Invalid value for option '--epoch'", "'abc'", catena(train("--epoch", "abc")));
    usageError(
        "Unknown option: '--foo'", "(catena train-fashion-mnist --help)", catena(train("--foo")));
  }

  @Test
  void missingOrWrongFilesAreUsageErrors() throws IOException {
    usageError("--data /nonexistent: ", "no such folder", catena(train("--data", "/nonexistent")));
    Path file = Files.writeString(dir.resolve("file"), "x");
    usageError("--out " + file + ": ", "is a file", catena(train("--out", file.toString())));
    usageError("--data " + file + ": ", "not a folder", catena(train("--data", file.toString())));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    usageError(
        "--data " + empty + ": ", empty.toString(), catena(train("--data", empty.toString())));
    Path missing = dir.resolve("snapshot_iter_9");
    usageError(
        "--resume " + missing + ": ",
        "no such file",
        catena(train("--resume", missing.toString())));
    Path garbage = Files.writeString(dir.resolve("garbage"), "not a zip");
    usageError(
        "--resume " + garbage + ": ",
        "not a readable",
        catena(train("--resume", garbage.toString())));
    Path other = dir.resolve("other.npz");
    NpzFile.write(other, Map.of("x", HostArray.scalar(1L)), true);
    usageError(
        "--resume " + other + ": ", "Missing keys", catena(train("--resume", other.toString())));
  }

  @Test
  void devicesThatCannotRunAreUsageErrors() throws IOException {
    usageError(
        "--device nope: Device.of: invalid argument spec",
        "a known backend as NAME or NAME:INDEX (cpu, cuda;",
        catena(train("--device", "nope")));
    usageError("--device cuda:7: ", "cuda", catena(train("--device", "cuda:7")));
    usageError("--device cpu:x: ", "integer index", catena(train("--device", "cpu:x")));
  }

  @Test
  void theBenchmarksTooRefuseABadDeviceAsAUsageError() {
    for (String command : List.of("benchmark-mlp", "benchmark")) {
      usageError(
          command,
          "--device nope: Device.of: invalid argument spec",
          "a known backend as NAME or NAME:INDEX (cpu, cuda;",
          catena(command, "--device", "nope", "--steps", "1"));
      usageError(command, "--device cuda:7: ", "cuda", catena(command, "--device", "cuda:7"));
    }
  }

  @Test
  void aBatchLargerThanTheTrainingSetIsRefused() throws IOException {
    usageError(
        "--batchsize 31: ",
        "larger than the training set (30 examples)",
        catena(train("--batchsize", "31")));
    usageError(
        "--batchsize 31: ",
        "larger than the training set (30 examples)",
        catena(train("--batchsize", "31", "--loop", "plain")));
    assertEquals(0, catena(train("--batchsize", "30", "--epoch", "2")).exit());
    String log = Files.readString(dir.resolve("out/log"));
    assertTrue(log.contains("\"epoch\": 2") && log.contains("\"iteration\": 2"), log);
  }

  @Test
  void debugAddsTheStackTraceAndTheExitStatusStays() throws IOException {
    Result r = catena(train("--epoch", "0", "--debug"));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("TrainFashionMnist.check(") && r.err().contains("\tat "), r.err());
    assertTrue(r.err().contains("--epoch 0: must be at least 1"), r.err());
  }

  @Test
  void commandsHelpAndUnknownCommands() {
    Result none = catena();
    assertEquals(2, none.exit());
    assertTrue(none.err().endsWith("catena: no command given\n"), none.err());
    Result unknown = catena("trian");
    assertEquals(2, unknown.exit());
    assertEquals(
        "catena: unknown command 'trian'; commands: train-fashion-mnist, train-mnist,"
            + " benchmark-mlp, benchmark, plugins, soak (catena --help)\n",
        unknown.err());
    Result help = catena("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Exit status: 0 done, 1 the work failed, 2 usage error"));
    Result cmdHelp = catena("train-fashion-mnist", "--help");
    assertEquals(0, cmdHelp.exit());
    assertTrue(cmdHelp.out().contains("--max-steps"), cmdHelp.out());
  }

  @Test
  void aFailureThatIsNoUsageErrorExitsOneWithOneLine() {
    RuntimeException cause = new IllegalStateException("deep reason");
    assertEquals(
        "cannot write /x/log: No space left on device: deep reason",
        Main.oneLine(
            new java.io.UncheckedIOException(
                "cannot write /x/log: No space left on device",
                new IOException("No space left on device", cause))));
    assertEquals("NullPointerException", Main.oneLine(new NullPointerException()));
  }

  @Test
  void maxStepsInsideAnEpochWritesASnapshotThatResumesExactly() throws IOException {
    // 30 examples in batches of 7: epoch 1 ends at step 5; step 6 is inside epoch 2.
    assertEquals(0, catena(train("--max-steps", "6", "--out", dir.resolve("a").toString())).exit());
    Path snap = dir.resolve("a/snapshot_iter_6");
    assertTrue(Files.exists(snap), "a snapshot at the stop");
    String[] resumed = train("--max-steps", "9", "--out", dir.resolve("a").toString());
    resumed = java.util.Arrays.copyOf(resumed, resumed.length + 2);
    resumed[resumed.length - 2] = "--resume";
    resumed[resumed.length - 1] = snap.toString();
    assertEquals(0, catena(resumed).exit());
    assertEquals(0, catena(train("--max-steps", "9", "--out", dir.resolve("b").toString())).exit());
    Map<String, HostArray> a = NpzFile.read(dir.resolve("a/snapshot_iter_9"));
    Map<String, HostArray> b = NpzFile.read(dir.resolve("b/snapshot_iter_9"));
    for (String k :
        List.of("updater/model:main/predictor/l1/W", "updater/model:main/predictor/l3/b")) {
      assertArrayEquals((float[]) b.get(k).data(), (float[]) a.get(k).data(), k);
    }
  }
}
