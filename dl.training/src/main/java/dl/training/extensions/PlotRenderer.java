package dl.training.extensions;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Draws {@link PlotReport}'s lines as a PNG, on {@link PngCanvas} (no java.desktop needed). */
final class PlotRenderer {
  private static final int[] COLORS = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728};
  private static final int WHITE = 0xffffff;
  private static final int BLACK = 0x000000;

  private PlotRenderer() {}

  /** The PNG bytes of the plot. */
  static byte[] png(Map<String, List<double[]>> data, String xKey) throws IOException {
    return draw(data, xKey).png();
  }

  /** Renders the lines with axes, ticks and a legend. */
  static PngCanvas draw(Map<String, List<double[]>> data, String xKey) {
    int w = 640;
    int h = 480;
    int left = 70;
    int right = 20;
    int top = 20;
    int bottom = 50;
    PngCanvas g = new PngCanvas(w, h, WHITE);
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
    g.drawRect(left, top, w - left - right, h - top - bottom, BLACK);
    for (int i = 0; i <= 4; i++) {
      double yv = y0 + (y1 - y0) * i / 4;
      int py = (int) (h - bottom - (h - top - bottom) * i / 4.0);
      g.text(PrintReport.formatG(yv), 5, py + 4, BLACK);
      double xv = x0 + (x1 - x0) * i / 4;
      int px = (int) (left + (w - left - right) * i / 4.0);
      g.text(PrintReport.formatG(xv), px - 10, h - bottom + 15, BLACK);
    }
    g.text(xKey, w / 2, h - 10, BLACK);
    int c = 0;
    for (Map.Entry<String, List<double[]>> e : data.entrySet()) {
      int color = COLORS[c % COLORS.length];
      int[] xs = new int[e.getValue().size()];
      int[] ys = new int[xs.length];
      for (int i = 0; i < xs.length; i++) {
        double[] p = e.getValue().get(i);
        xs[i] = (int) (left + (p[0] - x0) / (x1 - x0) * (w - left - right));
        ys[i] = (int) (h - bottom - (p[1] - y0) / (y1 - y0) * (h - top - bottom));
      }
      for (int i = 1; i < xs.length; i++) {
        g.line(xs[i - 1], ys[i - 1], xs[i], ys[i], 2, color);
      }
      for (int i = 0; i < xs.length; i++) {
        g.fillCircle(xs[i], ys[i], 3, color);
      }
      g.line(w - 220, top + 15 + 15 * c, w - 200, top + 15 + 15 * c, 2, color);
      g.text(e.getKey(), w - 195, top + 19 + 15 * c, color);
      c++;
    }
    return g;
  }
}
