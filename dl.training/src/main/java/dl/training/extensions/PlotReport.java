package dl.training.extensions;

import dl.training.DictSummary;
import dl.training.Extension;
import dl.training.Json;
import dl.training.Trainer;
import dl.training.Trigger;
import dl.training.serializers.NpzFile;
import dl.training.serializers.Serializer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Chainer's {@code PlotReport}: at each trigger, the means of {@code yKeys} since the last one are
 * added against {@code xKey} ({@code epoch} or {@code iteration}) and the plot is redrawn as a PNG
 * in {@code out} (java.desktop's ImageIO, headless; written atomically). The points are part of
 * snapshots.
 *
 * <pre>{@code
 * trainer.extend(new PlotReport(List.of("main/loss", "validation/main/loss"), "epoch",
 *     Trigger.of(1, "epoch"), "loss.png"));
 * }</pre>
 */
public final class PlotReport implements Extension {
  private static final Color[] COLORS = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728)
  };
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
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(draw(), "png", png);
      NpzFile.writeAtomically(trainer.out().resolve(filename), png.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("PlotReport: cannot write " + filename, e);
    }
  }

  /** Renders the lines with axes, ticks and a legend. */
  BufferedImage draw() {
    int w = 640;
    int h = 480;
    int left = 70;
    int right = 20;
    int top = 20;
    int bottom = 50;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (List<double[]> pts : data.values()) {
      for (double[] p : pts) {
        if (Double.isFinite(p[1])) {
          x0 = Math.min(x0, p[0]);
          x1 = Math.max(x1, p[0]);
          y0 = Math.min(y0, p[1]);
          y1 = Math.max(y1, p[1]);
        }
      }
    }
    if (x0 > x1) {
      x0 = 0;
      x1 = 1;
      y0 = 0;
      y1 = 1;
    }
    if (x1 == x0) {
      x1 = x0 + 1;
    }
    if (y1 == y0) {
      y1 = y0 + 1;
    }
    g.setColor(Color.BLACK);
    g.drawRect(left, top, w - left - right, h - top - bottom);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int i = 0; i <= 4; i++) {
      double yv = y0 + (y1 - y0) * i / 4;
      int py = (int) (h - bottom - (h - top - bottom) * i / 4.0);
      g.drawString(PrintReport.formatG(yv), 5, py + 4);
      double xv = x0 + (x1 - x0) * i / 4;
      int px = (int) (left + (w - left - right) * i / 4.0);
      g.drawString(PrintReport.formatG(xv), px - 10, h - bottom + 15);
    }
    g.drawString(xKey, w / 2, h - 10);
    g.setStroke(new BasicStroke(2f));
    int c = 0;
    for (Map.Entry<String, List<double[]>> e : data.entrySet()) {
      g.setColor(COLORS[c % COLORS.length]);
      int[] xs = new int[e.getValue().size()];
      int[] ys = new int[xs.length];
      for (int i = 0; i < xs.length; i++) {
        double[] p = e.getValue().get(i);
        xs[i] = (int) (left + (p[0] - x0) / (x1 - x0) * (w - left - right));
        ys[i] = (int) (h - bottom - (p[1] - y0) / (y1 - y0) * (h - top - bottom));
      }
      g.drawPolyline(xs, ys, xs.length);
      for (int i = 0; i < xs.length; i++) {
        g.fillOval(xs[i] - 3, ys[i] - 3, 6, 6);
      }
      g.drawLine(w - 220, top + 15 + 15 * c, w - 200, top + 15 + 15 * c);
      g.drawString(e.getKey(), w - 195, top + 19 + 15 * c);
      c++;
    }
    g.dispose();
    return img;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void serialize(Serializer s) {
    trigger.serialize(s.child("_trigger"));
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
