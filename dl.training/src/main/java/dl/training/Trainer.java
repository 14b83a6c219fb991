package dl.training;

import dl.api.Link;
import dl.api.Optimizer;
import dl.api.Reporter;
import dl.api.Scope;
import dl.training.serializers.AtomicFile;
import dl.training.serializers.Serializable;
import dl.training.serializers.Serializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chainer's {@code Trainer}: runs {@code updater.update()} until the stop trigger fires, and after
 * each step every extension whose trigger fires, in descending priority. Each iteration's values
 * reported through the {@link Reporter} land in {@link #observation()} under Chainer's names: the
 * optimizer's target is {@code main}, so a Classifier reports {@code main/loss}. The whole state
 * (updater, stop trigger, extensions and their triggers) serializes for snapshots.
 *
 * <pre>{@code
 * Trainer trainer = new Trainer(updater, Trigger.of(20, "epoch"), Path.of("result"));
 * trainer.extend(new Evaluator(testIter, model));
 * trainer.extend(new LogReport());
 * trainer.run();
 * }</pre>
 */
public final class Trainer implements Serializable {
  /** A registered extension. */
  public record Entry(
      Extension extension, Trigger trigger, int priority, boolean callBeforeTraining) {}

  private final Updater updater;
  private final Trigger stopTrigger;
  private final Path out;
  private final Map<String, Entry> extensions = new LinkedHashMap<>();
  private final Reporter reporter = new Reporter();
  private Map<String, Object> observation = new LinkedHashMap<>();
  private boolean done;
  private boolean beforeTraining;
  private long startNanos = -1;
  private double snapshotElapsed;

  /**
   * @param stopTrigger when to stop; null never stops
   * @param out the output folder (created by {@link #run})
   */
  public Trainer(Updater updater, Trigger stopTrigger, Path out) {
    this.updater = updater;
    this.stopTrigger = stopTrigger == null ? t -> false : stopTrigger;
    this.out = out;
    for (Map.Entry<String, Optimizer> e : updater.optimizers().entrySet()) {
      Link target = e.getValue().target();
      reporter.addObserver(e.getKey(), target);
      reporter.addObservers(e.getKey(), target);
    }
    updater.connectTrainer(this);
  }

  /** Registers an extension with its default name, trigger and priority. */
  public Trainer extend(Extension ext) {
    return extend(ext, null, null, null, false);
  }

  /** Registers an extension with a name and trigger (null: the extension's defaults). */
  public Trainer extend(Extension ext, String name, Trigger trigger) {
    return extend(ext, name, trigger, null, false);
  }

  /**
   * Registers an extension; a taken name gets {@code _1}, {@code _2}, ... appended, as in Chainer.
   */
  public Trainer extend(
      Extension ext, String name, Trigger trigger, Integer priority, boolean callBeforeTraining) {
    String base = name != null ? name : ext.defaultName();
    String n = base;
    int k = 1;
    while (extensions.containsKey(n)) {
      n = base + "_" + k++;
    }
    extensions.put(
        n,
        new Entry(
            ext,
            trigger != null ? trigger : ext.defaultTrigger(),
            priority != null ? priority : ext.defaultPriority(),
            callBeforeTraining));
    return this;
  }

  /** The extension registered as {@code name}. */
  public Extension getExtension(String name) {
    Entry e = extensions.get(name);
    if (e == null) {
      throw new IllegalArgumentException(
          "no extension named '" + name + "'; registered: " + extensions.keySet());
    }
    return e.extension();
  }

  /** Extensions by name, in registration order. */
  public Map<String, Entry> extensions() {
    return extensions;
  }

  public Updater updater() {
    return updater;
  }

  public Trigger stopTrigger() {
    return stopTrigger;
  }

  public Path out() {
    return out;
  }

  public Reporter reporter() {
    return reporter;
  }

  /** The current iteration's observation. */
  public Map<String, Object> observation() {
    return observation;
  }

  /** Whether extensions are being called before the first iteration. */
  public boolean isBeforeTraining() {
    return beforeTraining;
  }

  /** Seconds of training, including the time before the snapshot this run resumed from. */
  public double elapsedTime() {
    return (startNanos < 0 ? 0 : (System.nanoTime() - startNanos) / 1e9) + snapshotElapsed;
  }

  /** Runs the loop; a trainer runs once. */
  public void run() {
    if (done) {
      throw new IllegalStateException("cannot run the training loop more than once");
    }
    try {
      Files.createDirectories(out);
      AtomicFile.sweep(out); // temporaries that a killed run left behind
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the output folder " + out + ": " + AtomicFile.reason(e), e);
    }
    List<Map.Entry<String, Entry>> ordered = new ArrayList<>(extensions.entrySet());
    ordered.sort(Comparator.comparingInt(e -> -e.getValue().priority())); // stable: ties keep order
    startNanos = System.nanoTime();
    for (Map.Entry<String, Entry> e : ordered) {
      e.getValue().extension().initialize(this);
    }
    observation = new LinkedHashMap<>();
    beforeTraining = true;
    try (Scope s = reporter.scope(observation)) {
      for (Map.Entry<String, Entry> e : ordered) {
        if (e.getValue().callBeforeTraining()) {
          e.getValue().extension().call(this);
        }
      }
    } finally {
      beforeTraining = false;
    }
    try {
      while (!stopTrigger.test(this)) {
        observation = new LinkedHashMap<>();
        try (Scope s = reporter.scope(observation)) {
          updater.update();
          for (Map.Entry<String, Entry> e : ordered) {
            if (e.getValue().trigger().test(this)) {
              e.getValue().extension().call(this);
            }
          }
        }
      }
    } catch (RuntimeException | Error err) {
      for (Map.Entry<String, Entry> e : ordered) {
        e.getValue().extension().onError(this, err);
      }
      throw err;
    } finally {
      for (Map.Entry<String, Entry> e : ordered) {
        e.getValue().extension().finish(this);
      }
      updater.finish();
    }
    done = true;
  }

  @Override
  public void serialize(Serializer s) {
    updater.serialize(s.child("updater"));
    stopTrigger.serialize(s.child("stop_trigger"));
    Serializer se = s.child("extensions");
    Serializer st = s.child("extension_triggers");
    for (Map.Entry<String, Entry> e : extensions.entrySet()) {
      e.getValue().extension().serialize(se.child(e.getKey()));
      e.getValue().trigger().serialize(st.child(e.getKey()));
    }
    double elapsed = s.value("_snapshot_elapsed_time", elapsedTime());
    if (s.isLoading()) {
      snapshotElapsed = elapsed;
      startNanos = -1;
    }
  }
}
