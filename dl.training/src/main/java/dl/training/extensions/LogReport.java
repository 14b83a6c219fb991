package dl.training.extensions;

import dl.training.DictSummary;
import dl.training.Extension;
import dl.training.Json;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.AtomicFile;
import dl.training.serializers.Serializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Chainer's {@code LogReport}: accumulates the scalar observations of every iteration and, when its
 * trigger fires, appends their means with {@code epoch}, {@code iteration} and {@code elapsed_time}
 * to the log, rewritten atomically as a JSON list in {@code out/log}. The log and the running
 * summary are part of snapshots ({@code _log} as JSON text, {@code _summary}, {@code _trigger}).
 *
 * <pre>{@code
 * trainer.extend(new LogReport());                                  // every epoch, out/log
 * trainer.extend(new LogReport(null, Trigger.of(100, "iteration"), null, "log"));
 * }</pre>
 */
public final class LogReport implements Extension {
  private final List<String> keys;
  private final Trigger trigger;
  private final Consumer<Map<String, Object>> postprocess;
  private final String filename;
  private DictSummary summary = new DictSummary();
  private List<Map<String, Object>> log = new ArrayList<>();

  /** Every epoch, all keys, into {@code log}. */
  public LogReport() {
    this(null, Trigger.of(1, "epoch"), null, "log");
  }

  /**
   * @param keys the keys to log (null: all)
   * @param filename the file in the trainer's {@code out} (null: no file)
   */
  public LogReport(
      Collection<String> keys,
      Trigger trigger,
      Consumer<Map<String, Object>> postprocess,
      String filename) {
    this.keys = keys == null ? null : List.copyOf(keys);
    this.trigger = trigger;
    this.postprocess = postprocess;
    this.filename = filename;
  }

  @Override
  public String defaultName() {
    return "LogReport";
  }

  /** The entries so far (read by PrintReport and PlotReport). */
  public List<Map<String, Object>> log() {
    return log;
  }

  @Override
  public void call(Trainer trainer) {
    Map<String, Object> obs = trainer.observation();
    if (keys == null) {
      summary.add(obs);
    } else {
      Map<String, Object> sel = new LinkedHashMap<>();
      for (String k : keys) {
        if (obs.containsKey(k)) {
          sel.put(k, obs.get(k));
        }
      }
      summary.add(sel);
    }
    if (trainer.isBeforeTraining() || trigger.test(trainer)) {
      Map<String, Object> entry = new LinkedHashMap<>(summary.computeMean());
      entry.put("epoch", trainer.updater().epoch());
      entry.put("iteration", trainer.updater().iteration());
      entry.put("elapsed_time", trainer.elapsedTime());
      if (postprocess != null) {
        postprocess.accept(entry);
      }
      log.add(entry);
      if (filename != null) {
        try {
          AtomicFile.write(
              trainer.out().resolve(filename), Json.write(log).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException("LogReport: " + e.getMessage(), e);
        }
      }
      summary = new DictSummary();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void serialize(Serializer s) {
    trigger.serialize(s.child("_trigger"));
    summary.serialize(s.child("_summary"));
    String text = s.value("_log", Json.writeCompact(log));
    if (s.isLoading() && !s.isDryRun()) {
      List<Map<String, Object>> parsed = new ArrayList<>();
      for (Object o : (List<Object>) Json.parse(text)) {
        parsed.add(new LinkedHashMap<>((Map<String, Object>) o));
      }
      log = parsed;
    }
  }
}
