package dl.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.Optimizer;
import dl.api.UpdateRule;
import dl.api.Variable;
import dl.training.extensions.DumpGraph;
import dl.training.extensions.MicroAverage;
import dl.training.extensions.ParameterStatistics;
import dl.training.extensions.Shifts;
import dl.training.iterators.DatasetIterator;
import dl.training.serializers.DictionaryDeserializer;
import dl.training.serializers.DictionarySerializer;
import dl.training.triggers.BestValueTrigger;
import dl.training.triggers.EarlyStoppingTrigger;
import dl.training.triggers.IntervalTrigger;
import dl.training.triggers.ManualScheduleTrigger;
import dl.training.triggers.OnceTrigger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Triggers and schedule extensions driven by a scripted updater. */
class TriggersTest {
  /** An updater whose step advances a fixed number of examples of a 10-example epoch. */
  static final class FakeUpdater implements Updater {
    final int batch;
    long iteration;
    final Map<String, Optimizer> opts = new LinkedHashMap<>();

    FakeUpdater(int batch) {
      this.batch = batch;
      Optimizer o =
          new Optimizer() {
            @Override
            protected UpdateRule createUpdateRule() {
              return null;
            }
          };
      o.hyperparam().set("lr", 1.0);
      opts.put("main", o);
      o.setup(NpzTest.model(0));
    }

    @Override
    public void update() {
      iteration++;
    }

    @Override
    public long iteration() {
      return iteration;
    }

    @Override
    public int epoch() {
      return (int) (iteration * batch / 10);
    }

    @Override
    public double epochDetail() {
      return iteration * batch / 10.0;
    }

    @Override
    public Double previousEpochDetail() {
      return iteration == 0 ? null : (iteration - 1) * batch / 10.0;
    }

    @Override
    public boolean isNewEpoch() {
      return epoch() != (int) ((iteration - 1) * batch / 10);
    }

    @Override
    public Map<String, Optimizer> optimizers() {
      return opts;
    }

    @Override
    public Map<String, DatasetIterator<?>> iterators() {
      return Map.of();
    }

    @Override
    public void serialize(dl.training.serializers.Serializer s) {
      iteration = s.value("iteration", iteration);
    }
  }

  static List<Long> firings(Trigger t, int batch, int steps) {
    Trainer trainer = new Trainer(new FakeUpdater(batch), null, Path.of("unused"));
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      trainer.updater().update();
      if (t.test(trainer)) {
        out.add(trainer.updater().iteration());
      }
    }
    return out;
  }

  @Test
  void intervalTriggerFiresOnCrossingsIncludingFractionalEpochs() {
    assertEquals(List.of(3L, 6L, 9L), firings(new IntervalTrigger(3, "iteration"), 4, 10));
    // batch 4 of a 10-example epoch: epoch details 0.4, 0.8, 1.2, ... cross 1 at 3, 2 at 5, 3 at 8.
    assertEquals(List.of(3L, 5L, 8L, 10L), firings(new IntervalTrigger(1, "epoch"), 4, 10));
    assertEquals(List.of(2L, 3L, 4L, 5L), firings(new IntervalTrigger(0.5, "epoch"), 4, 5));
  }

  @Test
  void intervalTriggerStateResumes() {
    Trainer trainer = new Trainer(new FakeUpdater(4), null, Path.of("unused"));
    IntervalTrigger a = new IntervalTrigger(1, "epoch");
    trainer.updater().update();
    trainer.updater().update();
    a.test(trainer);
    DictionarySerializer s = new DictionarySerializer();
    a.serialize(s);
    assertEquals(0.8, s.target().get("previous_epoch_detail").getDouble(0), 1e-12);
    IntervalTrigger b = new IntervalTrigger(1, "epoch");
    b.serialize(new DictionaryDeserializer(s.target(), "mem", "", true, false));
    trainer.updater().update();
    assertTrue(b.test(trainer), "0.8 → 1.2 crosses epoch 1");
  }

  @Test
  void manualScheduleAndOnce() {
    ManualScheduleTrigger m = new ManualScheduleTrigger(new double[] {2, 5}, "iteration");
    assertEquals(List.of(2L, 5L), firings(m, 1, 7));
    assertTrue(m.finished());
    assertEquals(List.of(1L), firings(new OnceTrigger(false), 1, 4));
  }

  @Test
  void bestValueAndEarlyStoppingUseIntervalMeans() {
    Trainer trainer = new Trainer(new FakeUpdater(10), null, Path.of("unused"));
    BestValueTrigger max = BestValueTrigger.max("acc", new IntervalTrigger(2, "iteration"));
    EarlyStoppingTrigger stop =
        new EarlyStoppingTrigger(
            new IntervalTrigger(2, "iteration"),
            "acc",
            2,
            "max",
            new IntervalTrigger(100, "iteration"));
    double[] acc = {0.5, 0.7, 0.6, 0.6, 0.9, 0.1, 0.2, 0.2, 0.3, 0.3};
    List<Long> best = new ArrayList<>();
    long stopped = -1;
    for (double a : acc) {
      trainer.updater().update();
      trainer.observation().clear();
      trainer.observation().put("acc", a);
      if (max.test(trainer)) {
        best.add(trainer.updater().iteration());
      }
      if (stopped < 0 && stop.test(trainer)) {
        stopped = trainer.updater().iteration();
      }
    }
    // Interval means: 0.6, 0.6, 0.5, 0.2, 0.3: best at 2 only (0.6 does not beat 0.6).
    assertEquals(List.of(2L), best);
    assertEquals(0.6, max.best(), 1e-12);
    assertEquals(6L, stopped, "two checks without improvement after iteration 2");
  }

  @Test
  void shiftsFollowTheirFormulas() {
    Trainer trainer = new Trainer(new FakeUpdater(1), null, Path.of("unused"));
    Optimizer o = trainer.updater().optimizers().get("main");
    Shifts exp = Shifts.exponential("lr", 0.5, 2.0, 0.3, "main");
    exp.initialize(trainer);
    assertEquals(2.0, o.hyperparam().get("lr"));
    for (double want : new double[] {1.0, 0.5, 0.3, 0.3}) {
      exp.call(trainer);
      assertEquals(want, o.hyperparam().get("lr"), 1e-12);
    }
    Shifts lin = Shifts.linear("lr", 1, 3, 0, 4, "main");
    lin.call(trainer);
    assertEquals(1.5, o.hyperparam().get("lr"), 1e-12);
    Shifts step = Shifts.step("lr", 0.1, 2, 1.0, "main");
    step.call(trainer);
    assertEquals(1.0, o.hyperparam().get("lr"), 1e-12);
    step.call(trainer);
    assertEquals(0.1, o.hyperparam().get("lr"), 1e-12);
    Shifts multi = Shifts.multistep("lr", 0.5, new long[] {1, 3}, 4.0, "main");
    for (double want : new double[] {2, 2, 1}) {
      multi.call(trainer);
      assertEquals(want, o.hyperparam().get("lr"), 1e-12);
    }
    Shifts warm = Shifts.warmup("lr", 0.0, 4, 1.0, "main");
    warm.call(trainer);
    assertEquals(0.25, o.hyperparam().get("lr"), 1e-12);
    DictionarySerializer s = new DictionarySerializer();
    warm.serialize(s);
    assertEquals(1, s.target().get("_t").getDouble(0));
  }

  @Test
  void microAverageParameterStatisticsAndDumpGraph() {
    Trainer trainer = new Trainer(new FakeUpdater(5), null, Path.of("unused"));
    MicroAverage avg = new MicroAverage("c", "n", "acc", new IntervalTrigger(2, "iteration"));
    Map<String, Object> obs = new LinkedHashMap<>();
    try (var scope = trainer.reporter().scope(obs)) {
      trainer.updater().update();
      trainer.observation().putAll(Map.of("c", 3.0, "n", 4.0));
      avg.call(trainer);
      trainer.updater().update();
      trainer.observation().putAll(Map.of("c", 1.0, "n", 6.0));
      avg.call(trainer);
    }
    assertEquals(0.4, (Double) obs.get("acc"), 1e-12, obs.toString());

    Map<String, Object> stats = new LinkedHashMap<>();
    var model = trainer.updater().optimizers().get("main").target();
    try (var scope = trainer.reporter().scope(stats)) {
      new ParameterStatistics(model, "main").call(trainer);
    }
    double[] b = model.namedParams().get("/predictor/l1/b").array().toDoubleArray();
    assertEquals(
        java.util.Arrays.stream(b).max().getAsDouble(),
        (Double) stats.get("main/predictor/l1/b/data/max"),
        1e-7);

    Variable x = new Variable(dl.api.NdArrays.of(new float[] {1, 2, 3}, 1, 3));
    String dot = DumpGraph.dot(model.call(x, new Variable(dl.api.NdArrays.of(new int[] {1}, 1))));
    assertTrue(dot.startsWith("digraph"), dot);
    assertTrue(dot.contains("shape=\"box\"") && dot.contains("->"), dot);
    assertFalse(dot.contains("null"));
  }
}
