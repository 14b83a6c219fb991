package dl.training.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The plain-Java PNG encoder, decoded by an independent one (ImageIO, test-only here). */
class PngCanvasTest {
  @Test
  void everyPixelSurvivesTheRoundTripThroughImageIo() throws Exception {
    PngCanvas c = new PngCanvas(7, 5, 0x102030);
    c.set(0, 0, 0xff0000);
    c.set(6, 4, 0x00ff00);
    c.fillRect(2, 1, 3, 2, 0x0000ff);
    c.line(0, 4, 6, 0, 1, 0xabcdef);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.png()));
    assertEquals(7, img.getWidth());
    assertEquals(5, img.getHeight());
    for (int y = 0; y < 5; y++) {
      for (int x = 0; x < 7; x++) {
        assertEquals(c.get(x, y), img.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
      }
    }
    assertEquals(0xff0000, c.get(0, 0));
    assertEquals(0x0000ff, c.get(2, 1));
    assertEquals(0xabcdef, c.get(0, 4));
    assertEquals(0xabcdef, c.get(6, 0));
  }

  @Test
  void textIsDrawnWithTheBitmapFont() {
    PngCanvas c = new PngCanvas(20, 12, 0xffffff);
    c.text("1", 0, 9, 0);
    int ink = 0;
    for (int y = 0; y < 12; y++) {
      for (int x = 0; x < 20; x++) {
        ink += c.get(x, y) == 0 ? 1 : 0;
      }
    }
    assertTrue(ink >= 8 && ink <= 20, "ink pixels of '1': " + ink);
    PngCanvas blank = new PngCanvas(20, 12, 0xffffff);
    blank.text(" ", 0, 9, 0);
    assertEquals(0xffffff, blank.get(2, 5));
  }

  @Test
  void aPlotIs640By480WithTheLinesColour() throws Exception {
    PngCanvas c =
        PlotRenderer.draw(
            Map.of("main/loss", List.of(new double[] {1, 2.0}, new double[] {2, 1.0})), "epoch");
    assertEquals(640, c.width);
    assertEquals(480, c.height);
    int blue = 0;
    for (int y = 0; y < c.height; y++) {
      for (int x = 0; x < c.width; x++) {
        blue += c.get(x, y) == 0x1f77b4 ? 1 : 0;
      }
    }
    assertTrue(blue > 500, "pixels of the first line's colour: " + blue);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.png()));
    assertEquals(640, img.getWidth());
  }
}
