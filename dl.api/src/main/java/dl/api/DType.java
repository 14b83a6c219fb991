package dl.api;

/**
 * Element types of {@link NdArray}s. {@code FLOAT32} is the default (see {@link Config#dtype()}),
 * {@code FLOAT64} is used for gradient checks, {@code INT32} for labels and indices.
 *
 * <pre>{@code
 * NdArray x = NdArrays.zeros(DType.FLOAT64, 2, 3);
 * assert x.dtype() == DType.FLOAT64 && DType.of("float64") == DType.FLOAT64;
 * }</pre>
 */
public enum DType {
  /** 32-bit IEEE float, the default. */
  FLOAT32("float32", 4, true),
  /** 64-bit IEEE float. */
  FLOAT64("float64", 8, true),
  /** 32-bit signed integer. */
  INT32("int32", 4, false);

  private final String label;
  private final int itemSize;
  private final boolean floating;

  DType(String label, int itemSize, boolean floating) {
    this.label = label;
    this.itemSize = itemSize;
    this.floating = floating;
  }

  /** NumPy's name of the type, e.g. {@code "float32"}. */
  public String label() {
    return label;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }

  /** Whether the type is a floating-point type (Chainer's {@code dtype.kind == 'f'}). */
  public boolean isFloating() {
    return floating;
  }

  /** Parses NumPy's name of a type. */
  public static DType of(String name) {
    for (DType t : values()) {
      if (t.label.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown dtype '" + name + "': expected one of float32, float64, int32");
  }

  @Override
  public String toString() {
    return label;
  }
}
