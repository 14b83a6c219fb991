package dl.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The trainer loop of train-fashion-mnist on tiny generated IDX files: files, resume, options. */
class TrainerLoopTest {
  @TempDir Path dir;

  static void idx(Path p, int magic, int[] dims, byte[] data) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(raw)) {
      out.writeInt(magic);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(data);
    }
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(p))) {
      gz.write(raw.toByteArray());
    }
  }

  Path data() throws IOException {
    return data(dir);
  }

  /** Tiny IDX files (30 training and 10 test images) in {@code dir/data}. */
  static Path data(Path dir) throws IOException {
    Path d = dir.resolve("data");
    Files.createDirectories(d);
    Random r = new Random(0);
    for (String prefix : new String[] {"train", "t10k"}) {
      int n = prefix.equals("train") ? 30 : 10;
      byte[] px = new byte[n * 784];
      byte[] lab = new byte[n];
      for (int i = 0; i < n; i++) {
        lab[i] = (byte) r.nextInt(10);
        for (int k = 0; k < 784; k++) {
          px[i * 784 + k] = (byte) (k % 10 == lab[i] ? 200 : r.nextInt(50));
        }
      }
      idx(d.resolve(prefix + "-images-idx3-ubyte.gz"), 0x803, new int[] {n, 28, 28}, px);
      idx(d.resolve(prefix + "-labels-idx1-ubyte.gz"), 0x801, new int[] {n}, lab);
    }
    return d;
  }

  private TrainFashionMnist run(String... args) {
    TrainFashionMnist cmd = new TrainFashionMnist();
    assertEquals(0, new CommandLine(cmd).execute(args));
    return cmd;
  }

  @Test
  void aChainerSnapshotResumesStrictlyAndContinues() throws IOException {
    // Chainer 7.8.1's layout (make_snapshot.py): --unit 5 --batchsize 10, 30 images, iteration 3.
    Path snap = Path.of("src/test/resources/chainer/snapshot_iter_3");
    Path out = dir.resolve("c");
    TrainFashionMnist resumed =
        run(
            "--data",
            data().toString(),
            "--batchsize",
            "10",
            "--unit",
            "5",
            "--epoch",
            "2",
            "--frequency",
            "1",
            "--noplot",
            "--out",
            out.toString(),
            "--resume",
            snap.toString());
    float[] stored =
        (float[])
            dl.training.serializers.NpzFile.read(snap)
                .get("updater/model:main/predictor/l3/b")
                .data();
    float[] now = resumed.lastModel.namedParams().get("/predictor/l3/b").array().toFloatArray();
    assertEquals(stored.length, now.length);
    assertTrue(!java.util.Arrays.equals(stored, now), "training continued from the snapshot");
    String log = Files.readString(out.resolve("log"));
    assertEquals(2, log.split("\"epoch\"").length - 1, "Chainer's epoch 1, then epoch 2: " + log);
    assertTrue(log.contains("\"iteration\": 6"), log);
    // The snapshot trigger's state came from extension_triggers/_Snapshot: no snapshot at 4.
    assertTrue(!Files.exists(out.resolve("snapshot_iter_4")), "fired right after resuming");
    assertTrue(Files.exists(out.resolve("snapshot_iter_6")));
  }

  @Test
  void resumeContinuesExactlyLikeAnUninterruptedRun() throws IOException {
    Path data = data();
    String[] common = {"--data", data.toString(), "--batchsize", "7", "--unit", "5"};
    Path a = dir.resolve("a");
    run(concat(common, "--epoch", "2", "--out", a.toString()));
    assertTrue(Files.exists(a.resolve("snapshot_iter_9")), "snapshot at the end of epoch 2");
    assertTrue(Files.exists(a.resolve("loss.png")) && Files.exists(a.resolve("accuracy.png")));
    assertTrue(Files.readString(a.resolve("cg.dot")).startsWith("digraph"));
    TrainFashionMnist resumed =
        run(
            concat(
                common,
                "--epoch",
                "3",
                "--out",
                a.toString(),
                "--resume",
                a.resolve("snapshot_iter_9").toString()));
    Path b = dir.resolve("b");
    TrainFashionMnist straight =
        run(concat(common, "--epoch", "3", "--out", b.toString(), "--noplot"));
    assertTrue(!Files.exists(b.resolve("loss.png")));
    Map<String, Parameter> p1 = resumed.lastModel.namedParams();
    Map<String, Parameter> p2 = straight.lastModel.namedParams();
    assertEquals(p2.keySet(), p1.keySet());
    for (String k : p1.keySet()) {
      assertArrayEquals(p2.get(k).array().toFloatArray(), p1.get(k).array().toFloatArray(), k);
    }
    String log = Files.readString(a.resolve("log"));
    assertEquals(3, log.split("\"epoch\"").length - 1, log);
    assertTrue(log.contains("\"validation/main/accuracy\""), log);
    assertEquals(
        Files.readString(b.resolve("log")).split("main/loss\": ")[3].split(",")[0],
        log.split("main/loss\": ")[3].split(",")[0],
        "the resumed log continues the same losses");
    assertTrue(Files.exists(a.resolve("snapshot_iter_13")));
    assertTrue(!Files.exists(a.resolve("snapshot_iter_9")), "nRetains=1 removes the older one");
  }

  @Test
  void cnnTrainsOnTheTinyData() throws IOException {
    Path out = dir.resolve("cnn");
    TrainFashionMnist cmd =
        run(
            "--model",
            "cnn",
            "--data",
            data().toString(),
            "--batchsize",
            "10",
            "--epoch",
            "2",
            "--out",
            out.toString(),
            "--noplot");
    assertTrue(cmd.lastModel.predictor instanceof Cnn);
    assertTrue(cmd.lastModel.predictor.namedParams().containsKey("/conv2/W"));
    String log = Files.readString(out.resolve("log"));
    double first = Double.parseDouble(log.split("main/loss\": ")[1].split("[,\\n]")[0]);
    double second = Double.parseDouble(log.split("main/loss\": ")[3].split("[,\\n]")[0]);
    assertTrue(second < first, "the loss falls: " + first + " then " + second);
  }

  @Test
  void plainLoopTrainsAndEvaluatesOnTheTinyData() throws IOException {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    TrainFashionMnist cmd;
    try {
      System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
      cmd =
          run(
              "--loop",
              "plain",
              "--data",
              data().toString(),
              "--batchsize",
              "10",
              "--unit",
              "16",
              "--epoch",
              "30");
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(out.contains("30 training and 10 test images"), out);
    assertEquals(30, out.split("epoch \\d+: train loss").length - 1, out);
    // The synthetic images encode the label in a pixel pattern: thirty short epochs learn it.
    assertTrue(cmd.lastTestAccuracy > 0.5, "test accuracy " + cmd.lastTestAccuracy);
  }

  @Test
  void trainMnistReadsMnistFilesFromTheGivenFolder() throws IOException {
    Path out = dir.resolve("mnist-out");
    TrainMnist cmd = new TrainMnist();
    assertEquals(
        0,
        new CommandLine(cmd)
            .execute(
                "--data",
                data().toString(),
                "--batchsize",
                "10",
                "--unit",
                "8",
                "--epoch",
                "1",
                "--out",
                out.toString(),
                "--noplot"));
    assertTrue(cmd.mnist());
    String log = Files.readString(out.resolve("log"));
    assertTrue(log.contains("\"validation/main/accuracy\""), log);
    assertNotEquals(0, new CommandLine(new TrainMnist()).execute("--loop", "plain", "--data", "x"));
  }

  @Test
  void unknownModelIsRefusedWithAReason() {
    TrainFashionMnist cmd = new TrainFashionMnist();
    CommandLine cl = new CommandLine(cmd);
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter pw = new java.io.PrintWriter(err, true);
    cl.setErr(pw);
    assertNotEquals(0, cl.execute("--model", "resnet"));
    pw.flush();
    assertTrue(err.toString().contains("expected mlp or cnn"), err.toString());
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
