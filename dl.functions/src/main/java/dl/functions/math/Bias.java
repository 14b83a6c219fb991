package dl.functions.math;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise {@code x + y} with {@code y} broadcast from {@code axis} (Chainer's {@code bias},
 * axis 1 by default): {@code y.shape} must equal {@code x.shape[axis : axis + y.ndim]}.
 *
 * <pre>{@code
 * Variable h = F.bias(x, b, 1);   // x (N, C, H, W), b (C)
 * }</pre>
 */
public final class Bias {
  private Bias() {}

  /** Registered as {@code "bias"}; inputs {@code x, y}; option {@code axis} (int, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "bias", (o, in) -> new Variable[] {apply(in[0], in[1], Opts.integer(o, "axis", 1))});
  }

  /** {@code x + y}, {@code y} aligned with {@code x}'s axes starting at {@code axis}. */
  public static Variable apply(Variable x, Variable y, int axis) {
    return F.add(x, aligned("bias", x, y, axis));
  }

  /** {@code y} reshaped and broadcast to {@code x}'s shape, starting at {@code axis}. */
  static Variable aligned(String fn, Variable x, Variable y, int axis) {
    Check.floating(fn, "x", 0, x.array());
    Check.sameDtype(fn, "x", x.array(), "y", 1, y.array());
    int[] xs = x.shape();
    int[] ys = y.shape();
    int a = Check.axis(fn, "x", 0, axis, Math.max(xs.length, 1));
    boolean ok = a + ys.length <= xs.length;
    for (int i = 0; ok && i < ys.length; i++) {
      ok = xs[a + i] == ys[i];
    }
    if (!ok) {
      throw InvalidTypeException.of(
          fn,
          "y",
          1,
          "y.shape == x.shape[" + a + ":" + a + "+y.ndim] with x.shape " + Shapes.str(xs),
          "y.shape == " + Shapes.str(ys));
    }
    int[] shape = new int[xs.length];
    java.util.Arrays.fill(shape, 1);
    System.arraycopy(ys, 0, shape, a, ys.length);
    return F.broadcastTo(F.reshape(y, shape), xs);
  }
}
