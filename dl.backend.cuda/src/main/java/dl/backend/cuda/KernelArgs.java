package dl.backend.cuda;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument values of one kernel launch, in the order of the kernel's parameters, each as the
 * bytes of its C value (what {@code cuLaunchKernel}'s {@code kernelParams} point to). Structs are
 * written field by field with C's alignment through {@link #struct}.
 *
 * <pre>{@code
 * KernelArgs a = new KernelArgs().ptr(x).ptr(y).i64(n);
 * }</pre>
 */
public final class KernelArgs {
  private final List<byte[]> values = new ArrayList<>();

  private KernelArgs add(ByteBuffer b) {
    values.add(b.array());
    return this;
  }

  private static ByteBuffer le(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** A device pointer. */
  public KernelArgs ptr(long p) {
    return add(le(8).putLong(p));
  }

  /** A C {@code int}. */
  public KernelArgs i32(int v) {
    return add(le(4).putInt(v));
  }

  /** A C {@code long long}. */
  public KernelArgs i64(long v) {
    return add(le(8).putLong(v));
  }

  /** A C {@code float}. */
  public KernelArgs f32(float v) {
    return add(le(4).putFloat(v));
  }

  /** A C {@code double}. */
  public KernelArgs f64(double v) {
    return add(le(8).putDouble(v));
  }

  /** A struct value laid out by {@link Struct}. */
  public KernelArgs struct(Struct s) {
    values.add(s.bytes());
    return this;
  }

  /** The values' bytes, one array per parameter. */
  public List<byte[]> values() {
    return values;
  }

  /**
   * A C struct built field by field: each field is aligned to its size, and the struct's size is
   * rounded to its largest field, as the C ABI of x86-64 and of CUDA does.
   */
  public static final class Struct {
    private final ByteBuffer b = le(1024);
    private int align = 1;

    private Struct field(int size) {
      b.position((b.position() + size - 1) / size * size);
      align = Math.max(align, size);
      return this;
    }

    /** An {@code int} field. */
    public Struct i32(int v) {
      field(4).b.putInt(v);
      return this;
    }

    /** A {@code long long} field. */
    public Struct i64(long v) {
      field(8).b.putLong(v);
      return this;
    }

    byte[] bytes() {
      int size = (b.position() + align - 1) / align * align;
      byte[] out = new byte[size];
      System.arraycopy(b.array(), 0, out, 0, b.position());
      return out;
    }
  }
}
