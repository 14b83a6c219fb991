package dl.functions.connection;

/**
 * A sliding window over an N-d input computed directly, with a stride, pad and dilation per axis:
 * the tests' reference for which input element each (output position, kernel offset) reads.
 * Independent of {@link ConvGeometry}: output sizes by Chainer's formula, positions by {@code q·s −
 * p + j·d}.
 */
final class WindowRef {
  final int[] in;
  final int[] k;
  final int[] s;
  final int[] p;
  final int[] d;
  final int[] out;

  WindowRef(int[] in, int[] k, int[] s, int[] p, int[] d, boolean coverAll) {
    this.in = in.clone();
    this.k = k.clone();
    this.s = s.clone();
    this.p = p.clone();
    this.d = d.clone();
    this.out = new int[in.length];
    for (int a = 0; a < in.length; a++) {
      out[a] = NaiveConv.outSize(in[a], k[a], s[a], p[a], d[a], coverAll);
    }
  }

  int inSize() {
    return NaiveConv.prod(in, 0);
  }

  int outSize() {
    return NaiveConv.prod(out, 0);
  }

  int kSize() {
    return NaiveConv.prod(k, 0);
  }

  /**
   * The flat input index that output position {@code q} reads at kernel offset {@code j}, or -1.
   */
  int at(int q, int j) {
    int[] qi = NaiveConv.unravel(q, out);
    int[] ji = NaiveConv.unravel(j, k);
    int flat = 0;
    for (int a = 0; a < in.length; a++) {
      int pos = qi[a] * s[a] - p[a] + ji[a] * d[a];
      if (pos < 0 || pos >= in[a]) {
        return -1;
      }
      flat = flat * in[a] + pos;
    }
    return flat;
  }

  /** {@code {n, c, *spatial}}. */
  static int[] shape(int n, int c, int[] spatial) {
    int[] r = new int[spatial.length + 2];
    r[0] = n;
    r[1] = c;
    System.arraycopy(spatial, 0, r, 2, spatial.length);
    return r;
  }
}
