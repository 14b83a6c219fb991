package dl.functions.connection;

import dl.api.InvalidTypeException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The geometry of an N-d sliding window (convolution, pooling): input and output spatial sizes,
 * kernel, stride, pad and dilation, with Chainer's output-size formula ({@code get_conv_outsize},
 * including {@code cover_all}). Its {@link #table()} maps each (output position, kernel offset) to
 * the flat spatial index it reads, or to {@code S} (one past the last) where the window falls on
 * padding; im2col is then one {@code take} on the input with a padding element appended.
 *
 * <pre>{@code
 * ConvGeometry g = ConvGeometry.of(new int[] {28, 28}, new int[] {3, 3}, new int[] {1, 1},
 *     new int[] {1, 1}, new int[] {1, 1}, false);   // g.out() == {28, 28}
 * }</pre>
 */
public final class ConvGeometry {
  private static final Map<String, int[]> TABLES = new ConcurrentHashMap<>();

  private final int[] in;
  private final int[] k;
  private final int[] s;
  private final int[] p;
  private final int[] d;
  private final int[] out;

  private ConvGeometry(int[] in, int[] k, int[] s, int[] p, int[] d, int[] out) {
    this.in = in;
    this.k = k;
    this.s = s;
    this.p = p;
    this.d = d;
    this.out = out;
  }

  /** Chainer's {@code get_conv_outsize(size, k, s, p, cover_all, d)}. */
  public static int outSize(int size, int k, int s, int p, boolean coverAll, int d) {
    return dl.api.Window.outSize(size, k, s, p, coverAll, d);
  }

  /** Chainer's {@code get_deconv_outsize(size, k, s, p, cover_all, d)}. */
  public static int deconvOutSize(int size, int k, int s, int p, boolean coverAll, int d) {
    int dk = k + (k - 1) * (d - 1);
    return coverAll ? s * (size - 1) + dk - s + 1 - 2 * p : s * (size - 1) + dk - 2 * p;
  }

  /** The geometry over input {@code in}, or an error when a window does not fit. */
  public static ConvGeometry of(
      String fn, int[] in, int[] k, int[] s, int[] p, int[] d, boolean coverAll) {
    int[] out = new int[in.length];
    for (int i = 0; i < in.length; i++) {
      check(
          fn,
          k[i] > 0 && s[i] > 0 && p[i] >= 0 && d[i] > 0,
          "ksize, stride, dilate > 0 and pad >= 0",
          i,
          k,
          s,
          p,
          d);
      int dk = k[i] + (k[i] - 1) * (d[i] - 1);
      if (dk > in[i] + 2 * p[i]) {
        throw InvalidTypeException.of(
            fn,
            "x",
            0,
            "(dilated) kernel "
                + dk
                + " <= padded input "
                + (in[i] + 2 * p[i])
                + " on spatial axis "
                + i,
            "input size " + in[i] + ", pad " + p[i]);
      }
      out[i] = outSize(in[i], k[i], s[i], p[i], coverAll, d[i]);
    }
    return new ConvGeometry(in.clone(), k.clone(), s.clone(), p.clone(), d.clone(), out);
  }

  /** A geometry with given output sizes (deconvolution, whose output is the window's input). */
  public static ConvGeometry withOut(int[] in, int[] k, int[] s, int[] p, int[] d, int[] out) {
    return new ConvGeometry(in.clone(), k.clone(), s.clone(), p.clone(), d.clone(), out.clone());
  }

  private static void check(String fn, boolean ok, String what, int axis, int[]... vals) {
    if (!ok) {
      throw InvalidTypeException.of(
          fn,
          "options",
          0,
          what,
          "on spatial axis "
              + axis
              + ": ksize, stride, pad, dilate = "
              + vals[0][axis]
              + ", "
              + vals[1][axis]
              + ", "
              + vals[2][axis]
              + ", "
              + vals[3][axis]);
    }
  }

  public int[] in() {
    return in.clone();
  }

  public int[] out() {
    return out.clone();
  }

  public int[] ksize() {
    return k.clone();
  }

  /** Stride per spatial axis. */
  public int[] stride() {
    return s.clone();
  }

  /** Padding per spatial axis. */
  public int[] pad() {
    return p.clone();
  }

  /** Dilation per spatial axis. */
  public int[] dilate() {
    return d.clone();
  }

  /** The window of the backends' whole kernels ({@link dl.api.Window}) for this geometry. */
  public dl.api.Window window(boolean coverAll) {
    return dl.api.Window.of(k, s, p, d, coverAll);
  }

  /** Number of spatial axes. */
  public int nd() {
    return in.length;
  }

  /** Product of the input spatial sizes. */
  public int inSize() {
    return prod(in);
  }

  /** Product of the output spatial sizes. */
  public int outSize() {
    return prod(out);
  }

  /** Product of the kernel sizes. */
  public int kSize() {
    return prod(k);
  }

  static int prod(int[] a) {
    int r = 1;
    for (int v : a) {
      r *= v;
    }
    return r;
  }

  /**
   * Row-major {@code (outSize, kSize)} table of flat input indices, {@code inSize()} on padding.
   * Built once per geometry on the host and cached, since every layer reuses its geometry.
   */
  public int[] table() {
    String key =
        Arrays.toString(in)
            + Arrays.toString(k)
            + Arrays.toString(s)
            + Arrays.toString(p)
            + Arrays.toString(d)
            + Arrays.toString(out);
    return TABLES.computeIfAbsent(key, x -> build());
  }

  private int[] build() {
    int n = in.length;
    int no = outSize();
    int nk = kSize();
    int pad = inSize();
    int[] t = new int[no * nk];
    int[] oi = new int[n];
    int[] ki = new int[n];
    for (int o = 0; o < no; o++) {
      unravel(o, out, oi);
      for (int j = 0; j < nk; j++) {
        unravel(j, k, ki);
        int flat = 0;
        boolean inside = true;
        for (int a = 0; a < n; a++) {
          int pos = oi[a] * s[a] - p[a] + ki[a] * d[a];
          inside &= pos >= 0 && pos < in[a];
          flat = flat * in[a] + pos;
        }
        t[o * nk + j] = inside ? flat : pad;
      }
    }
    return t;
  }

  private static void unravel(int flat, int[] shape, int[] idx) {
    for (int a = shape.length - 1; a >= 0; a--) {
      idx[a] = flat % shape[a];
      flat /= shape[a];
    }
  }
}
