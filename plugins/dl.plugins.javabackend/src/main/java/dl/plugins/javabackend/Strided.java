package dl.plugins.javabackend;

import dl.api.Shapes;

/**
 * Strided addressing, the one idea behind broadcasting, transposes and slices: for every element of
 * an iteration shape (in row-major order), the offset {@code base + Σ index[d]·strides[d]} into a
 * flat source. Broadcast axes have stride 0, reversed slices negative strides.
 */
final class Strided {
  private Strided() {}

  /** Offsets of every element of {@code shape} under {@code strides}, from {@code base}. */
  static int[] offsets(int[] shape, int[] strides, int base) {
    int n = Shapes.size(shape);
    int[] out = new int[n];
    int nd = shape.length;
    int[] idx = new int[nd];
    int off = base;
    for (int k = 0; k < n; k++) {
      out[k] = off;
      for (int d = nd - 1; d >= 0; d--) { // odometer: bump the last axis, carry leftwards
        idx[d]++;
        off += strides[d];
        if (idx[d] < shape[d]) {
          break;
        }
        off -= strides[d] * shape[d];
        idx[d] = 0;
      }
    }
    return out;
  }

  /**
   * Offsets into an array of shape {@code from} for each element of its broadcast to {@code to}.
   */
  static int[] broadcastOffsets(int[] from, int[] to) {
    return offsets(to, Shapes.broadcastStrides(from, to), 0);
  }
}
