package dl.functions.array;

import dl.api.Shapes;
import dl.functions.Ref;
import dl.testing.TestArray;

/** Plain-Java axis permutation for expected values: {@code out[idx] = x[idx permuted back]}. */
final class Perm {
  private Perm() {}

  static TestArray permute(TestArray x, int... axes) {
    int[] s = x.shape();
    int[] out = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = s[axes[i]];
    }
    double[] d = new double[x.size()];
    int[] idx = new int[s.length];
    int[] src = new int[s.length];
    int[] st = Shapes.strides(s);
    for (int f = 0; f < d.length; f++) {
      Ref.unravel(f, out, idx);
      int off = 0;
      for (int i = 0; i < s.length; i++) {
        src[axes[i]] = idx[i];
      }
      for (int i = 0; i < s.length; i++) {
        off += src[i] * st[i];
      }
      d[f] = x.data()[off];
    }
    return new TestArray(d, out, x.dtype());
  }
}
