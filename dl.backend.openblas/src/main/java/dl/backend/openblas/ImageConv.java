package dl.backend.openblas;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.FloatPointer;

/**
 * float32 convolution one image at a time (Caffe's and Chainer's order), each image's window
 * columns {@code (C·K, P)} small enough to stay in cache: per image, im2col into a reused buffer,
 * one copy to native memory, one single-threaded GEMM whose product is already the image's NCHW
 * block, one copy back. Images run in parallel over the cores in fixed chunks, so the filter
 * gradient (a sum over images) is summed chunk by chunk in one order whatever the core count.
 *
 * <p>Measured against the whole-batch form ({@code (C·K, N·P)} operands, kept for float64 so its
 * results stay bit for bit what they were) on the anchors' CNN, batch 100, CPU time of one thread
 * per step, both forms alternated in one process: forward 29.6 → 16.6 ms, filter gradient 25.3 →
 * 15.6 ms, data gradient 25.3 → 15.1 ms. The whole-batch operand of the second layer is 22 MB per
 * call (226 MB at batch 1000), written, copied to native memory and read again from main memory;
 * here each image's is 225 KB.
 */
final class ImageConv {
  private ImageConv() {}

  /** Images per chunk of the parallel loop (and per partial sum of the filter gradient). */
  static final int CHUNK = 4;

  /** Buffers of one thread: heap window columns and native operands, grown on demand. */
  private static final class Buffers {
    float[] col = new float[0];
    FloatPointer ncol;
    FloatPointer nout;
    FloatPointer nacc;

    float[] col(int n) {
      if (col.length < n) {
        col = new float[n];
      }
      return col;
    }

    static FloatPointer grow(FloatPointer p, long n) {
      if (p != null && p.capacity() >= n) {
        return p.position(0);
      }
      if (p != null) {
        p.close();
      }
      return new FloatPointer(Math.max(n, 1024));
    }
  }

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  /** The chunk body: images {@code [from, to)} with this thread's buffers. */
  @FunctionalInterface
  private interface Chunk {
    void run(int chunk, int from, int to, Buffers b);
  }

  /** Runs {@code body} over the chunks of {@code n} images, in parallel when there are several. */
  private static void chunks(int n, Chunk body) {
    int chunks = (n + CHUNK - 1) / CHUNK;
    IntStream range = IntStream.range(0, chunks);
    // where OpenBLAS has threads of its own (OPENBLAS_NUM_THREADS set), images run one by one
    (Gemm.ownThreads() ? range.parallel() : range)
        .forEach(c -> body.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK), BUFFERS.get()));
  }

  /** {@code y (N, OC, P) = W (OC, C·K) · col_n + bias}, image by image. */
  static void forward(WindowGeometry g, float[] x, float[] w, float[] bias, int oc, float[] y) {
    int ck = g.c * g.k();
    int p = g.p();
    try (FloatPointer nw = new FloatPointer((long) oc * ck)) {
      nw.put(w, 0, oc * ck);
      chunks(
          g.n,
          (chunk, from, to, b) -> {
            float[] col = b.col(ck * p);
            b.ncol = Buffers.grow(b.ncol, (long) ck * p);
            b.nout = Buffers.grow(b.nout, (long) oc * p);
            for (int n = from; n < to; n++) {
              im2col(g, x, n, col);
              b.ncol.position(0).put(col, 0, ck * p);
              Gemm.sgemmOne(false, false, oc, p, ck, nw, ck, b.ncol.position(0), p, 0f, b.nout, p);
              int d = n * oc * p;
              b.nout.position(0).get(y, d, oc * p);
              if (bias != null) {
                for (int o = 0; o < oc; o++) {
                  float bv = bias[o];
                  int r = d + o * p;
                  for (int q = 0; q < p; q++) {
                    y[r + q] += bv;
                  }
                }
              }
            }
          });
    }
  }

  /**
   * {@code gW (OC, C·K) = Σ_n gy_n · col_nᵀ}: per chunk into a partial, partials summed in order.
   */
  static void gradFilter(WindowGeometry g, float[] x, float[] gy, int oc, float[] gw) {
    int ck = g.c * g.k();
    int p = g.p();
    int chunks = (g.n + CHUNK - 1) / CHUNK;
    int size = oc * ck;
    float[][] partial = new float[chunks][];
    chunks(
        g.n,
        (chunk, from, to, b) -> {
          float[] col = b.col(ck * p);
          b.ncol = Buffers.grow(b.ncol, (long) ck * p);
          b.nout = Buffers.grow(b.nout, (long) oc * p);
          b.nacc = Buffers.grow(b.nacc, size);
          for (int n = from; n < to; n++) {
            im2col(g, x, n, col);
            b.ncol.position(0).put(col, 0, ck * p);
            b.nout.position(0).put(gy, n * oc * p, oc * p);
            Gemm.sgemmOne(
                false,
                true,
                oc,
                ck,
                p,
                b.nout.position(0),
                p,
                b.ncol.position(0),
                p,
                n == from ? 0f : 1f,
                b.nacc.position(0),
                ck);
          }
          float[] part = new float[size];
          b.nacc.position(0).get(part, 0, size);
          partial[chunk] = part;
        });
    System.arraycopy(partial[0], 0, gw, 0, size);
    for (int c = 1; c < chunks; c++) {
      float[] part = partial[c];
      for (int i = 0; i < size; i++) {
        gw[i] += part[i];
      }
    }
  }

  /** {@code gx = col2im(Wᵀ · gy_n)} image by image; images write disjoint planes. */
  static void gradData(WindowGeometry g, float[] gy, float[] w, int oc, float[] gx) {
    int ck = g.c * g.k();
    int p = g.p();
    try (FloatPointer nw = new FloatPointer((long) oc * ck)) {
      nw.put(w, 0, oc * ck);
      chunks(
          g.n,
          (chunk, from, to, b) -> {
            float[] col = b.col(ck * p);
            b.ncol = Buffers.grow(b.ncol, (long) ck * p);
            b.nout = Buffers.grow(b.nout, (long) oc * p);
            for (int n = from; n < to; n++) {
              b.nout.position(0).put(gy, n * oc * p, oc * p);
              Gemm.sgemmOne(true, false, ck, p, oc, nw, ck, b.nout.position(0), p, 0f, b.ncol, p);
              b.ncol.position(0).get(col, 0, ck * p);
              col2im(g, col, gx, n);
            }
          });
    }
  }

  /** Window columns of image {@code n} of {@code x (N, C, H, W)} as {@code (C·K, P)}. */
  static void im2col(WindowGeometry g, float[] x, int n, float[] col) {
    if (shifted(g)) {
      im2colShifted(g, x, n, col);
      return;
    }
    int p = g.p();
    int kk = g.k();
    for (int c = 0; c < g.c; c++) {
      int plane = (n * g.c + c) * g.h * g.w;
      for (int i = 0; i < g.kh; i++) {
        for (int j = 0; j < g.kw; j++) {
          int base = (c * kk + i * g.kw + j) * p;
          int lo = g.lo(j);
          int hi = Math.max(lo, g.hi(j));
          int c0 = g.colStart(j);
          for (int y = 0; y < g.oh; y++) {
            int r = g.inRow(y, i);
            int d = base + y * g.ow;
            if (r < 0) {
              Arrays.fill(col, d, d + g.ow, 0f);
              continue;
            }
            int src = plane + r * g.w + c0; // may be < 0: read from lo on
            Arrays.fill(col, d, d + lo, 0f);
            if (g.sw == 1) {
              System.arraycopy(x, src + lo, col, d + lo, hi - lo);
            } else {
              for (int q = lo; q < hi; q++) {
                col[d + q] = x[src + q * g.sw];
              }
            }
            Arrays.fill(col, d + hi, d + g.ow, 0f);
          }
        }
      }
    }
  }

  /**
   * Zeroes columns {@code [0, lo)} and {@code [hi, w)} of rows {@code [y0, y1)} at {@code base}.
   */
  private static void zeroOutside(float[] col, int base, int y0, int y1, int w, int lo, int hi) {
    for (int y = y0; y < y1; y++) {
      int d = base + y * w;
      for (int q = 0; q < lo; q++) {
        col[d + q] = 0f;
      }
      for (int q = hi; q < w; q++) {
        col[d + q] = 0f;
      }
    }
  }

  /** Windows move by one and output rows are as wide as the input's: each offset is a shift. */
  private static boolean shifted(WindowGeometry g) {
    return g.sh == 1 && g.sw == 1 && g.dh == 1 && g.dw == 1 && g.ow == g.w;
  }

  /**
   * {@link #col2im} for {@link #shifted} windows: each kernel offset's rows are added in one run
   * (the per-row loops were 14 floats long), after zeroing the columns that the shift would add
   * into a neighbouring row. Adding +0 leaves every sum as it was (a sum that starts at +0 is never
   * -0), and each element receives the offsets in the same order as row by row.
   */
  private static void col2imShifted(WindowGeometry g, float[] col, float[] gx, int n) {
    int p = g.p();
    int kk = g.k();
    int w = g.w;
    for (int c = 0; c < g.c; c++) {
      int plane = (n * g.c + c) * g.h * w;
      for (int i = 0; i < g.kh; i++) {
        int y0 = Math.max(0, g.ph - i);
        int y1 = Math.min(g.oh, g.h + g.ph - i);
        for (int j = 0; j < g.kw; j++) {
          int base = (c * kk + i * g.kw + j) * p;
          int lo = g.lo(j);
          int hi = Math.max(lo, g.hi(j));
          if (y0 >= y1 || lo >= hi) {
            continue;
          }
          zeroOutside(col, base, y0, y1, w, lo, hi);
          int shift = g.colStart(j);
          int skip = Math.max(0, -shift);
          int cut = Math.max(0, shift);
          int src = base + y0 * w + skip;
          int dst = plane + (y0 - g.ph + i) * w + shift + skip;
          for (int k = 0, len = (y1 - y0) * w - skip - cut; k < len; k++) {
            gx[dst + k] += col[src + k];
          }
        }
      }
    }
  }

  /**
   * {@link #im2col} where windows move by one and the output rows are as wide as the input's (the
   * "same" convolutions of CNNs): each kernel offset's columns are the input plane shifted, so all
   * its rows are one copy, and the columns that the shift takes from a neighbouring row (or from
   * outside the plane, where the copy is cut) are zeroed after. Row by row, the copies were 14
   * floats each and cost as much as the GEMM (5.9 ms per 100 images of the anchors' conv2 against
   * 6.9 ms, one thread).
   */
  private static void im2colShifted(WindowGeometry g, float[] x, int n, float[] col) {
    int p = g.p();
    int kk = g.k();
    int w = g.w;
    for (int c = 0; c < g.c; c++) {
      int plane = (n * g.c + c) * g.h * w;
      for (int i = 0; i < g.kh; i++) {
        int y0 = Math.max(0, g.ph - i); // output rows whose input row is inside
        int y1 = Math.min(g.oh, g.h + g.ph - i);
        for (int j = 0; j < g.kw; j++) {
          int base = (c * kk + i * g.kw + j) * p;
          int lo = g.lo(j);
          int hi = Math.max(lo, g.hi(j));
          if (y0 >= y1 || lo >= hi) {
            Arrays.fill(col, base, base + p, 0f);
            continue;
          }
          Arrays.fill(col, base, base + y0 * w, 0f);
          Arrays.fill(col, base + y1 * w, base + p, 0f);
          int shift = g.colStart(j); // -lo when negative, w - hi when positive
          int skip = Math.max(0, -shift);
          int cut = Math.max(0, shift);
          int dst = base + y0 * w;
          int src = plane + (y0 - g.ph + i) * w + shift;
          System.arraycopy(x, src + skip, col, dst + skip, (y1 - y0) * w - skip - cut);
          zeroOutside(col, base, y0, y1, w, lo, hi);
        }
      }
    }
  }

  /**
   * The adjoint of {@link #im2col}: adds image {@code n}'s columns into {@code gx} (zeroed). May
   * overwrite {@code col}.
   */
  static void col2im(WindowGeometry g, float[] col, float[] gx, int n) {
    if (shifted(g)) {
      col2imShifted(g, col, gx, n);
      return;
    }
    int p = g.p();
    int kk = g.k();
    for (int c = 0; c < g.c; c++) {
      int plane = (n * g.c + c) * g.h * g.w;
      for (int i = 0; i < g.kh; i++) {
        for (int j = 0; j < g.kw; j++) {
          int base = (c * kk + i * g.kw + j) * p;
          int lo = g.lo(j);
          int hi = Math.max(lo, g.hi(j));
          int c0 = g.colStart(j);
          for (int y = 0; y < g.oh; y++) {
            int r = g.inRow(y, i);
            if (r < 0) {
              continue;
            }
            int dst = plane + r * g.w + c0;
            int s = base + y * g.ow;
            for (int q = lo; q < hi; q++) {
              gx[dst + q * g.sw] += col[s + q];
            }
          }
        }
      }
    }
  }
}
