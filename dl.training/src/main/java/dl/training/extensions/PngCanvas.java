package dl.training.extensions;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A small RGB raster with the few primitives a plot needs (rectangles, thick lines, dots, text in a
 * built-in 6×10 bitmap font) and a PNG encoder on java.util.zip. It keeps PlotReport off
 * java.desktop (AWT and ImageIO), which would add about 15 MB to the runtime image.
 */
final class PngCanvas {
  /** Printable ASCII from '!' to '~': bit (y·6 + x) set where the glyph has ink. */
  private static final long[] GLYPHS = {
    0x000200208208200L,
    0x000000000514500L,
    0x00028a7caf94500L,
    0x0087a8e0e2bc200L,
    0x000e28e8c5c51c0L,
    0x000b12caa304700L,
    0x000000000208200L,
    0x008104104104108L,
    0x004108208208104L,
    0x00000002a71ca80L,
    0x00000823e208000L,
    0x104100000000000L,
    0x000000700000000L,
    0x000100000000000L,
    0x002104208410800L,
    0x0007228aa8a2700L,
    0x000f88208208380L,
    0x000f84630822700L,
    0x00072281c822700L,
    0x000410f96518400L,
    0x0007a0820782780L,
    0x00072289e086f00L,
    0x000108210430f80L,
    0x00072289c8a2700L,
    0x0007b083c8a2700L,
    0x000100000100000L,
    0x104100000100000L,
    0x000020702720000L,
    0x0000007c07c0000L,
    0x000002720702000L,
    0x000100104210780L,
    0x604eaaaaaea4700L,
    0x0008a2714508200L,
    0x0007a289e8a2780L,
    0x000f260820a6f00L,
    0x0007b28a28b2780L,
    0x000f820be082f80L,
    0x0000820be082f80L,
    0x000f268b20a6700L,
    0x0008a28be8a2880L,
    0x000f88208208f80L,
    0x000312410410700L,
    0x000892286292880L,
    0x000f82082082080L,
    0x0008a28aadb6880L,
    0x0008b2caa9a6880L,
    0x0007228a28a2700L,
    0x00008209e8a2780L,
    0x0307228a28a2700L,
    0x0000a2c9e8a2780L,
    0x00072281c0a2700L,
    0x000208208208f80L,
    0x0007228a28a2880L,
    0x000208514522880L,
    0x00049249eb6d840L,
    0x000894508514880L,
    0x000208208514880L,
    0x000f84108410f80L,
    0x00c10410410410cL,
    0x020410208104080L,
    0x00c20820820820cL,
    0x00000000044a100L,
    0xfc0000000000000L,
    0x000000000000102L,
    0x000fa2f20780000L,
    0x0007a28a2782082L,
    0x000702082700000L,
    0x000f228a2f20820L,
    0x000f02fa2700000L,
    0x000104104784118L,
    0x720f228a2f00000L,
    0x0008a28a6682082L,
    0x000f88208300008L,
    0x188208208380008L,
    0x00089238a482082L,
    0x000604104104107L,
    0x000aaaaaaf80000L,
    0x0008a28a6680000L,
    0x0007228a2700000L,
    0x0827a28a2780000L,
    0x820f228a2f00000L,
    0x000104124f00000L,
    0x0007a0f02f00000L,
    0x000704104784100L,
    0x000f228a2880000L,
    0x000214514880000L,
    0x00051452a880000L,
    0x000d94214d80000L,
    0x188208514880000L,
    0x000f84210f80000L,
    0x018208206208218L,
    0x208208208208208L,
    0x00c20823020820cL,
    0x000000c0e000000L
  };

  static final int GLYPH_W = 6;
  static final int GLYPH_H = 10;

  final int width;
  final int height;
  private final int[] rgb;

  PngCanvas(int width, int height, int background) {
    this.width = width;
    this.height = height;
    this.rgb = new int[width * height];
    java.util.Arrays.fill(rgb, background);
  }

  int get(int x, int y) {
    return rgb[y * width + x];
  }

  void set(int x, int y, int color) {
    if (x >= 0 && y >= 0 && x < width && y < height) {
      rgb[y * width + x] = color;
    }
  }

  void fillRect(int x, int y, int w, int h, int color) {
    for (int j = y; j < y + h; j++) {
      for (int i = x; i < x + w; i++) {
        set(i, j, color);
      }
    }
  }

  /** The outline of a rectangle, one pixel wide. */
  void drawRect(int x, int y, int w, int h, int color) {
    fillRect(x, y, w + 1, 1, color);
    fillRect(x, y + h, w + 1, 1, color);
    fillRect(x, y, 1, h + 1, color);
    fillRect(x + w, y, 1, h + 1, color);
  }

  /** A line {@code thickness} pixels wide (Bresenham with a square brush). */
  void line(int x0, int y0, int x1, int y1, int thickness, int color) {
    int dx = Math.abs(x1 - x0);
    int dy = -Math.abs(y1 - y0);
    int sx = x0 < x1 ? 1 : -1;
    int sy = y0 < y1 ? 1 : -1;
    int err = dx + dy;
    int off = (thickness - 1) / 2;
    while (true) {
      fillRect(x0 - off, y0 - off, thickness, thickness, color);
      if (x0 == x1 && y0 == y1) {
        return;
      }
      int e2 = 2 * err;
      if (e2 >= dy) {
        err += dy;
        x0 += sx;
      }
      if (e2 <= dx) {
        err += dx;
        y0 += sy;
      }
    }
  }

  void fillCircle(int cx, int cy, int r, int color) {
    for (int y = -r; y <= r; y++) {
      for (int x = -r; x <= r; x++) {
        if (x * x + y * y <= r * r) {
          set(cx + x, cy + y, color);
        }
      }
    }
  }

  /** Text with its baseline at {@code y}; characters outside printable ASCII are drawn as '?'. */
  void text(String s, int x, int y, int color) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      long g = c == ' ' ? 0 : GLYPHS[(c > ' ' && c <= '~' ? c : '?') - '!'];
      for (int j = 0; j < GLYPH_H; j++) {
        for (int i = 0; i < GLYPH_W; i++) {
          if ((g >>> (j * GLYPH_W + i) & 1) != 0) {
            set(x + k * GLYPH_W + i, y - 8 + j, color);
          }
        }
      }
    }
  }

  /** The image as PNG: 8-bit RGB, no interlace, every row with filter 0, zlib-deflated. */
  byte[] png() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
      byte[] row = new byte[1 + 3 * width];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          int p = rgb[y * width + x];
          row[1 + 3 * x] = (byte) (p >> 16);
          row[2 + 3 * x] = (byte) (p >> 8);
          row[3 + 3 * x] = (byte) p;
        }
        z.write(row);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(out);
    d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(ihdr);
    h.writeInt(width);
    h.writeInt(height);
    h.write(
        new byte[] {8, 2, 0, 0, 0}); // bit depth 8, colour type RGB, deflate, filter, no interlace
    chunk(d, "IHDR", ihdr.toByteArray());
    chunk(d, "IDAT", raw.toByteArray());
    chunk(d, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
    byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    d.writeInt(data.length);
    d.write(t);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}
