package dl.functions.array;

/**
 * One entry of a NumPy index for {@link GetItem}: an integer ({@link #at}), a slice with optional
 * start/stop and a step ({@link #slice}), {@link #NEWAXIS}, {@link #ELLIPSIS}, or one advanced
 * entry per index: an integer array ({@link #array}) or a boolean mask ({@link #mask}).
 *
 * <pre>{@code
 * // x[0:2, 1, None, ...] and x[::-1]
 * F.getItem(x, Index.slice(0, 2), Index.at(1), Index.NEWAXIS, Index.ELLIPSIS);
 * F.getItem(x, Index.slice(null, null, -1));
 * F.getItem(x, Index.all(), Index.array(2, 0, 2));            // x[:, [2, 0, 2]]
 * F.getItem(x, Index.mask(new boolean[] {true, false, true}, 3)); // x[[True, False, True]]
 * }</pre>
 */
public final class Index {
  /** What an entry does. */
  public enum Kind {
    AT,
    SLICE,
    NEWAXIS,
    ELLIPSIS,
    ARRAY,
    MASK
  }

  /** A new axis of size 1 (NumPy's {@code None}). */
  public static final Index NEWAXIS = new Index(Kind.NEWAXIS, 0, null, null, 1);

  /** As many full slices as needed to index every axis (NumPy's {@code ...}). */
  public static final Index ELLIPSIS = new Index(Kind.ELLIPSIS, 0, null, null, 1);

  private final Kind kind;
  private final int at;
  private final Integer start;
  private final Integer stop;
  private final int step;
  private int[] values = new int[0];
  private int[] valuesShape = new int[0];

  private Index(Kind kind, int at, Integer start, Integer stop, int step) {
    this.kind = kind;
    this.at = at;
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  /** An integer array (1-d, negatives count from the end); its axes replace the indexed axis. */
  public static Index array(int... values) {
    return array(values, values.length);
  }

  /** An integer array of the given shape, row-major. */
  public static Index array(int[] values, int... shape) {
    if (dl.api.Shapes.size(shape) != values.length) {
      throw new IllegalArgumentException(
          "get_item: " + values.length + " index values for shape " + dl.api.Shapes.str(shape));
    }
    Index i = new Index(Kind.ARRAY, 0, null, null, 1);
    i.values = values.clone();
    i.valuesShape = shape.clone();
    return i;
  }

  /**
   * A boolean mask over {@code shape.length} consecutive axes (shape must match them); they are
   * replaced by one axis holding the selected elements in row-major order.
   */
  public static Index mask(boolean[] mask, int... shape) {
    if (dl.api.Shapes.size(shape) != mask.length || shape.length == 0) {
      throw new IllegalArgumentException(
          "get_item: " + mask.length + " mask values for shape " + dl.api.Shapes.str(shape));
    }
    int n = 0;
    int[] pos = new int[mask.length];
    for (int k = 0; k < mask.length; k++) {
      if (mask[k]) {
        pos[n++] = k;
      }
    }
    Index i = new Index(Kind.MASK, 0, null, null, 1);
    i.values = java.util.Arrays.copyOf(pos, n);
    i.valuesShape = shape.clone();
    return i;
  }

  /** Integer-array values, or the flat positions of a mask's true entries. */
  public int[] values() {
    return values.clone();
  }

  /** The shape of an integer array or of a mask. */
  public int[] valuesShape() {
    return valuesShape.clone();
  }

  /** A single position (negative counts from the end); the axis is dropped. */
  public static Index at(int i) {
    return new Index(Kind.AT, i, null, null, 1);
  }

  /** {@code start:stop}; null bounds are open. */
  public static Index slice(Integer start, Integer stop) {
    return slice(start, stop, 1);
  }

  /** {@code start:stop:step}; null bounds are open; the step may be negative, not zero. */
  public static Index slice(Integer start, Integer stop, int step) {
    if (step == 0) {
      throw new IllegalArgumentException("get_item: slice step cannot be zero");
    }
    return new Index(Kind.SLICE, 0, start, stop, step);
  }

  /** The full slice {@code :}. */
  public static Index all() {
    return new Index(Kind.SLICE, 0, null, null, 1);
  }

  public Kind kind() {
    return kind;
  }

  /** The position of an {@link Kind#AT} entry. */
  public int position() {
    return at;
  }

  /**
   * Python's {@code slice.indices(n)}: {start, stop, step, length} with bounds clamped to the axis
   * (a stop of -1 with a negative step means "through element 0").
   */
  public int[] resolve(int n) {
    int lower = step > 0 ? 0 : -1;
    int upper = step > 0 ? n : n - 1;
    int s = start == null ? (step > 0 ? lower : upper) : clamp(start, n, lower, upper);
    int e = stop == null ? (step > 0 ? upper : lower) : clamp(stop, n, lower, upper);
    int len =
        step > 0
            ? (e > s ? (e - s + step - 1) / step : 0)
            : (s > e ? (s - e - step - 1) / -step : 0);
    return new int[] {s, e, step, len};
  }

  private static int clamp(int v, int n, int lower, int upper) {
    int w = v < 0 ? v + n : v;
    return Math.max(lower, Math.min(upper, w));
  }

  @Override
  public String toString() {
    switch (kind) {
      case AT:
        return Integer.toString(at);
      case NEWAXIS:
        return "None";
      case ELLIPSIS:
        return "...";
      case ARRAY:
        return "array" + java.util.Arrays.toString(values);
      case MASK:
        return "mask" + dl.api.Shapes.str(valuesShape);
      default:
        return (start == null ? "" : start)
            + ":"
            + (stop == null ? "" : stop)
            + (step == 1 ? "" : ":" + step);
    }
  }
}
