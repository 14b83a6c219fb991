package dl.training.extensions;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Draws {@link PlotReport}'s lines as a PNG; only loaded when java.desktop is present. */
final class PlotRenderer {
  private static final Color[] COLORS = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728)
  };

  private PlotRenderer() {}

  /** The PNG bytes of the plot. */
  static byte[] png(Map<String, List<double[]>> data, String xKey) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(draw(data, xKey), "png", out);
    return out.toByteArray();
  }

  /** Renders the lines with axes, ticks and a legend. */
  static BufferedImage draw(Map<String, List<double[]>> data, String xKey) {
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
}
