package dl.examples;

import dl.api.Backend;
import dl.api.NdArray;
import dl.api.Rng;

/** Batches of a split in a shuffled or sequential order, copied onto a backend. */
final class Batches {
  private Batches() {}

  /** A random permutation of {@code 0..n-1} from the seeded generator. */
  static int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = Rng.generator().nextInt(i + 1);
      int tmp = p[i];
      p[i] = p[j];
      p[j] = tmp;
    }
    return p;
  }

  /**
   * The batch being assembled, reused: {@code fromArray} copies it, so a fresh one per batch would
   * only add an allocation (and the zeroing of memory no cache holds) to every step.
   */
  private static final ThreadLocal<float[]> ASSEMBLY = new ThreadLocal<>();

  /** Images {@code order[from..to)} as a (batch, pixels) float32 array. */
  static NdArray images(Backend b, FashionMnist.Split s, int[] order, int from, int to) {
    int len = (to - from) * s.pixels();
    float[] x = ASSEMBLY.get();
    if (x == null || x.length != len) {
      x = new float[len];
      ASSEMBLY.set(x);
    }
    for (int i = from; i < to; i++) {
      int src = order == null ? i : order[i];
      s.copyImages(src, x, (i - from) * s.pixels(), 1);
    }
    return b.fromArray(x, to - from, s.pixels());
  }

  /** Labels {@code order[from..to)} as an int32 array. */
  static NdArray labels(Backend b, FashionMnist.Split s, int[] order, int from, int to) {
    int[] t = new int[to - from];
    for (int i = from; i < to; i++) {
      t[i - from] = s.labels()[order == null ? i : order[i]];
    }
    return b.fromArray(t, to - from);
  }
}
