package dl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Config;
import dl.api.Parameter;
import dl.api.Variable;
import dl.links.Classifier;
import dl.optimizers.Adam;
import dl.training.datasets.TupleDataset;
import dl.training.extensions.Evaluator;
import dl.training.extensions.FailOnNonNumber;
import dl.training.extensions.LogReport;
import dl.training.extensions.Observe;
import dl.training.extensions.PlotReport;
import dl.training.extensions.PrintReport;
import dl.training.extensions.ProgressBar;
import dl.training.extensions.Snapshot;
import dl.training.iterators.SerialIterator;
import dl.training.iterators.ShuffleOrderSampler;
import dl.training.serializers.HostArray;
import dl.training.serializers.Npz;
import dl.training.serializers.NpzFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer end to end on a tiny generated problem: reports, files, resume. */
class TrainerTest {
  @TempDir Path dir;

  static TupleDataset data(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    float[] x = new float[n * 3];
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 3; k++) {
        x[i * 3 + k] = (float) r.nextGaussian();
      }
      t[i] = x[i * 3] + x[i * 3 + 1] > 0 ? 1 : 0;
    }
    return new TupleDataset(HostArray.of(x, n, 3), HostArray.of(t, n));
  }

  /** A fresh model, optimizer, updater and trainer; {@code initSeed} varies the initial weights. */
  static Trainer build(Path out, long initSeed, Trigger stop) {
    Classifier model = NpzTest.model(initSeed);
    Adam opt = new Adam(0.01);
    opt.setup(model);
    SerialIterator<Object[]> it =
        new SerialIterator<>(data(12, 1), 5, true, null, new ShuffleOrderSampler(7));
    return new Trainer(new StandardUpdater(it, opt), stop, out);
  }

  static Map<String, Parameter> params(Trainer t) {
    return t.updater().optimizers().get("main").target().namedParams();
  }

  @Test
  void runsWithChainersReportKeysAndWritesLogPlotAndSnapshots() throws IOException {
    Trainer trainer = build(dir, 1, Trigger.of(3, "epoch"));
    SerialIterator<Object[]> testIt = new SerialIterator<>(data(7, 2), 4, false, false);
    Classifier model = (Classifier) trainer.updater().optimizers().get("main").target();
    boolean[] modes = {true, true};
    trainer.extend(
        new Evaluator(
            testIt,
            model,
            dl.training.datasets.Converters.CONCAT_EXAMPLES,
            null,
            xs -> {
              modes[0] = Config.train();
              modes[1] = Config.enableBackprop();
              return model.call(xs);
            }));
    trainer.extend(new LogReport());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    trainer.extend(
        new PrintReport(
            List.of("epoch", "main/loss", "validation/main/accuracy"),
            "LogReport",
            new PrintStream(printed, true, StandardCharsets.UTF_8)));
    ByteArrayOutputStream bar = new ByteArrayOutputStream();
    trainer.extend(
        new ProgressBar(null, 2, 10, new PrintStream(bar, true, StandardCharsets.UTF_8), false));
    trainer.extend(Observe.observeLr("main", "lr"));
    trainer.extend(new FailOnNonNumber());
    trainer.extend(
        new PlotReport(List.of("main/loss", "validation/main/loss"), "epoch", null, "loss.png"));
    trainer.extend(Snapshot.snapshot("snapshot_iter_{.updater.iteration}", 2, false));
    trainer.run();

    assertFalse(modes[0], "Evaluator runs with train=false");
    assertFalse(modes[1], "Evaluator runs without backprop");
    assertEquals(8, trainer.updater().iteration()); // 3 epochs of 12 at 5 per batch: ceil(36/5)
    List<?> log = (List<?>) Json.parse(Files.readString(dir.resolve("log")));
    assertEquals(3, log.size());
    Map<?, ?> last = (Map<?, ?>) log.get(2);
    for (String k :
        List.of(
            "main/loss",
            "main/accuracy",
            "validation/main/loss",
            "validation/main/accuracy",
            "lr",
            "epoch",
            "iteration",
            "elapsed_time")) {
      assertTrue(last.containsKey(k), k + " in " + last.keySet());
    }
    assertEquals(3L, last.get("epoch"));
    assertEquals(0.01, (Double) last.get("lr"), 0);
    String table = printed.toString(StandardCharsets.UTF_8);
    assertTrue(table.startsWith("epoch       main/loss   validation/main/accuracy"), table);
    assertEquals(4, table.lines().count(), table);
    assertTrue(bar.toString(StandardCharsets.UTF_8).contains("iters/sec"));
    BufferedImage png = ImageIO.read(dir.resolve("loss.png").toFile());
    assertNotNull(png);
    assertEquals(640, png.getWidth());
    List<String> snaps = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("snapshot"))
          .forEach(snaps::add);
    }
    snaps.sort(null);
    assertEquals(List.of("snapshot_iter_5", "snapshot_iter_8"), snaps, "nRetains=2 keeps two");
    Map<String, HostArray> keys = NpzFile.read(dir.resolve("snapshot_iter_8"));
    for (String k :
        List.of(
            "updater/iteration",
            "updater/iterator:main/current_position",
            "updater/iterator:main/order",
            "updater/optimizer:main/t",
            "updater/optimizer:main/predictor/l1/W/m",
            "updater/model:main/predictor/l1/W",
            "stop_trigger/previous_iteration",
            "extensions/LogReport/_log",
            "_snapshot_elapsed_time")) {
      assertTrue(keys.containsKey(k), k + " in " + keys.keySet());
    }
    assertEquals(8, keys.get("updater/iteration").getDouble(0));
    assertThrows(IllegalStateException.class, trainer::run, "a trainer runs once");
  }

  @Test
  void resumingFromASnapshotGivesTheParametersOfAnUninterruptedRun() {
    Trainer whole = build(dir.resolve("a"), 1, Trigger.of(10, "iteration"));
    whole.extend(new LogReport());
    whole.run();

    Trainer first = build(dir.resolve("b"), 1, Trigger.of(4, "iteration"));
    first.extend(new LogReport(null, Trigger.of(1, "epoch"), null, "log"));
    first.extend(Snapshot.snapshot(), "snapshot", Trigger.of(4, "iteration"));
    first.run();

    Trainer resumed = build(dir.resolve("b"), 99, Trigger.of(10, "iteration"));
    resumed.extend(new LogReport(null, Trigger.of(1, "epoch"), null, "log"));
    resumed.extend(Snapshot.snapshot(), "snapshot", Trigger.of(4, "iteration"));
    Npz.loadNpz(dir.resolve("b/snapshot_iter_4"), resumed, "", true);
    assertEquals(4, resumed.updater().iteration());
    resumed.run();

    assertEquals(10, resumed.updater().iteration());
    for (Map.Entry<String, Parameter> e : params(whole).entrySet()) {
      assertArrayEquals(
          e.getValue().array().toFloatArray(),
          params(resumed).get(e.getKey()).array().toFloatArray(),
          e.getKey());
    }
    List<Map<String, Object>> a = ((LogReport) whole.getExtension("LogReport")).log();
    List<Map<String, Object>> b = ((LogReport) resumed.getExtension("LogReport")).log();
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).get("main/loss"), b.get(i).get("main/loss"), "log entry " + i);
    }
  }

  @Test
  void aNonStrictResumeUnderOtherNamesDoesNotRefireTheSnapshotAtOnce() throws IOException {
    Trainer first = build(dir.resolve("s"), 1, Trigger.of(12, "iteration"));
    first.extend(Snapshot.snapshot(), null, Trigger.of(1, "epoch"));
    first.run(); // 12 examples in batches of 5: epochs end at iterations 3, 5, 8, 10, 12
    assertTrue(Files.exists(dir.resolve("s/snapshot_iter_10")));
    assertEquals( // Chainer's extension name
        10,
        NpzFile.read(dir.resolve("s/snapshot_iter_10"))
            .get("extension_triggers/_Snapshot/previous_iteration")
            .getLong(0));
    Path out = dir.resolve("r");
    Trainer resumed = build(out, 5, Trigger.of(12, "iteration"));
    resumed.extend(Snapshot.snapshot(), "renamed", Trigger.of(1, "epoch"));
    Npz.loadNpz(dir.resolve("s/snapshot_iter_10"), resumed, "", false);
    resumed.run();
    // Its trigger state is not in the file: guessed from the updater (Chainer's -1), it does not
    // fire at iteration 11 as a fresh trigger (previous 0) would; the next epoch ends at 12.
    assertTrue(!Files.exists(out.resolve("snapshot_iter_11")), "fired right after resuming");
    assertTrue(Files.exists(out.resolve("snapshot_iter_12")));
  }

  @Test
  void strictResumeDefaultsCatenaOnlyStateThatAChainerFileLacks() throws IOException {
    Trainer first = build(dir.resolve("c"), 1, Trigger.of(4, "iteration"));
    first.extend(Snapshot.snapshot(), null, Trigger.of(4, "iteration"));
    first.run();
    Map<String, HostArray> m =
        new java.util.LinkedHashMap<>(NpzFile.read(dir.resolve("c/snapshot_iter_4")));
    assertTrue(m.remove("updater/iterator:main/order_sampler/seed") != null);
    assertTrue(m.remove("updater/iterator:main/order_sampler/draws") != null);
    Trainer resumed = build(dir.resolve("d"), 5, Trigger.of(6, "iteration"));
    resumed.extend(Snapshot.snapshot(), null, Trigger.of(4, "iteration"));
    List<String> defaulted = Npz.load(m, "chainer-like", resumed, "", true);
    assertEquals(
        List.of(
            "updater/iterator:main/order_sampler/seed",
            "updater/iterator:main/order_sampler/draws"),
        defaulted);
    assertEquals(4, resumed.updater().iteration());
  }

  @Test
  void autoloadResumesFromTheNewestSnapshotAndABadSnapshotChangesNothing() throws IOException {
    Trainer first = build(dir, 1, Trigger.of(3, "iteration"));
    first.extend(
        Snapshot.snapshot("snapshot_iter_{.updater.iteration}", -1, true),
        "snapshot",
        Trigger.of(3, "iteration"));
    first.run();
    Trainer second = build(dir, 5, Trigger.of(6, "iteration"));
    second.extend(
        Snapshot.snapshot("snapshot_iter_{.updater.iteration}", -1, true),
        "snapshot",
        Trigger.of(3, "iteration"));
    second.run();
    assertEquals(6, second.updater().iteration());

    // A snapshot cut short: loading names the file and changes nothing.
    byte[] b = Files.readAllBytes(dir.resolve("snapshot_iter_6"));
    Path cut = dir.resolve("cut");
    Files.write(cut, java.util.Arrays.copyOf(b, b.length - 40));
    Trainer third = build(dir.resolve("c"), 5, Trigger.of(6, "iteration"));
    float[] before = params(third).get("/predictor/l1/W").array().toFloatArray();
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> Npz.loadNpz(cut, third, "", true));
    assertTrue(e.getMessage().contains("cut"), e.getMessage());
    assertArrayEquals(before, params(third).get("/predictor/l1/W").array().toFloatArray());
    assertEquals(0, third.updater().iteration());
  }

  @Test
  void parallelUpdaterSumsTheReplicasGradients() {
    dl.api.Device cpu = dl.api.spi.Engine.get().defaultDevice();
    Classifier main = NpzTest.model(3);
    Classifier second = NpzTest.model(4);
    second.copyparams(main);
    dl.optimizers.SGD opt = new dl.optimizers.SGD(0.1);
    opt.setup(main);
    SerialIterator<Object[]> it = new SerialIterator<>(data(4, 1), 4, true, false);
    ParallelUpdater u =
        new ParallelUpdater(it, opt, Map.of("second", second), Map.of("main", cpu, "second", cpu));
    Trainer trainer = new Trainer(u, Trigger.of(1, "iteration"), dir);
    LogReport log = new LogReport(null, Trigger.of(1, "iteration"), null, null);
    trainer.extend(log);
    trainer.run();
    assertTrue(log.log().get(0).containsKey("second/loss"), log.log().toString());

    // By hand: gradients of examples {0, 2} and {1, 3} (each a mean over 2), summed, one SGD step.
    Classifier ref = NpzTest.model(3);
    Classifier refB = NpzTest.model(4);
    refB.copyparams(ref);
    List<Object[]> b = data(4, 1).get(0, 4);
    for (int half = 0; half < 2; half++) {
      Classifier m = half == 0 ? ref : refB;
      Variable[] in =
          StandardUpdater.toVariables(
              dl.training.datasets.Converters.concatExamples(
                  List.of(b.get(half), b.get(half + 2)), null, null));
      m.cleargrads();
      m.call(in).backward();
    }
    for (Map.Entry<String, Parameter> e : ref.namedParams().entrySet()) {
      float[] w = e.getValue().array().toFloatArray();
      float[] g1 = e.getValue().grad().toFloatArray();
      float[] g2 = refB.namedParams().get(e.getKey()).grad().toFloatArray();
      float[] got = main.namedParams().get(e.getKey()).array().toFloatArray();
      float[] copy = second.namedParams().get(e.getKey()).array().toFloatArray();
      for (int k = 0; k < w.length; k++) {
        assertEquals(w[k] - 0.1f * (g1[k] + g2[k]), got[k], 1e-6, e.getKey());
        assertEquals(got[k], copy[k], 0, "the replica copies the main parameters");
      }
    }
  }
}
