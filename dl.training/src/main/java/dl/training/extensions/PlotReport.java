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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chainer's {@code PlotReport}: at each trigger, the means of {@code yKeys} since the last one are
 * added against {@code xKey} ({@code epoch} or {@code iteration}) and the plot is redrawn as a PNG
 * in {@code out} (drawn and encoded in plain Java, no java.desktop; written atomically). The points
 * are part of snapshots.
 *
 * <pre>{@code
 * trainer.extend(new PlotReport(List.of("main/loss", "validation/main/loss"), "epoch",
 *     Trigger.of(1, "epoch"), "loss.png"));
 * }</pre>
 */
public final class PlotReport implements Extension {
  private final List<String> yKeys;
  private final String xKey;
  private final Trigger trigger;
  private final String filename;
  private DictSummary summary = new DictSummary();
  private Map<String, List<double[]>> data = new LinkedHashMap<>();

  public PlotReport(List<String> yKeys, String xKey, Trigger trigger, String filename) {
    this.yKeys = List.copyOf(yKeys);
    this.xKey = xKey;
    this.trigger = trigger == null ? Trigger.of(1, "epoch") : trigger;
    this.filename = filename;
    for (String k : yKeys) {
      data.put(k, new ArrayList<>());
    }
  }

  @Override
  public String defaultName() {
    return "PlotReport";
  }

  /** The plotted points by key, {x, y}. */
  public Map<String, List<double[]>> data() {
    return data;
  }

  @Override
  public void call(Trainer trainer) {
    Map<String, Object> sel = new LinkedHashMap<>();
    for (String k : yKeys) {
      if (trainer.observation().containsKey(k)) {
        sel.put(k, trainer.observation().get(k));
      }
    }
    summary.add(sel);
    if (!trigger.test(trainer)) {
      return;
    }
    double x = xKey.equals("epoch") ? trainer.updater().epoch() : trainer.updater().iteration();
    summary.computeMean().forEach((k, v) -> data.get(k).add(new double[] {x, v}));
    summary = new DictSummary();
    try {
      AtomicFile.write(trainer.out().resolve(filename), PlotRenderer.png(data, xKey));
    } catch (IOException e) {
      throw new UncheckedIOException("PlotReport: " + e.getMessage(), e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void serialize(Serializer s) {
    trigger.serialize(s.child("_trigger").optional()); // Catena-only: Chainer's saves only data
    Map<String, Object> plain = new LinkedHashMap<>();
    data.forEach(
        (k, pts) -> {
          List<Object> l = new ArrayList<>();
          for (double[] p : pts) {
            l.add(List.of(p[0], p[1]));
          }
          plain.put(k, l);
        });
    String text = s.value("_plot_" + filename, Json.writeCompact(plain));
    if (s.isLoading() && !s.isDryRun()) {
      Map<String, List<double[]>> loaded = new LinkedHashMap<>();
      for (String k : yKeys) {
        loaded.put(k, new ArrayList<>());
      }
      ((Map<String, Object>) Json.parse(text))
          .forEach(
              (k, v) -> {
                List<double[]> pts = loaded.computeIfAbsent(k, kk -> new ArrayList<>());
                for (Object p : (List<Object>) v) {
                  List<Object> xy = (List<Object>) p;
                  pts.add(
                      new double[] {
                        ((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()
                      });
                }
              });
      data = loaded;
    }
  }
}
