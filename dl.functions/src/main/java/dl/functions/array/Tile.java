package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Repeats the whole array {@code reps[i]} times along each axis (Chainer's {@code tile}, NumPy's
 * rules: the shorter of {@code reps} and the shape is padded with leading 1s). Built as a broadcast
 * over interleaved size-1 axes, so the gradient is a sum back.
 *
 * <pre>{@code
 * Variable y = Tile.apply(x, 2, 1);   // (2, 3) -> (4, 3), or F.tile(x, 2, 1)
 * }</pre>
 */
public final class Tile {
  private Tile() {}

  /** Registered as {@code "tile"}; option {@code reps} (int or int list, required). */
  public static FunctionProvider provider() {
    return Opts.provider("tile", (o, in) -> new Variable[] {apply(in[0], Opts.ints(o, "reps"))});
  }

  public static Variable apply(Variable x, int... reps) {
    for (int r : reps) {
      if (r < 0) {
        throw InvalidTypeException.of(
            "tile", "x", 0, "reps >= 0", "reps == " + Arrays.toString(reps));
      }
    }
    int nd = Math.max(x.ndim(), reps.length);
    int[] s = new int[nd];
    int[] r = new int[nd];
    Arrays.fill(s, 1);
    Arrays.fill(r, 1);
    System.arraycopy(x.shape(), 0, s, nd - x.ndim(), x.ndim());
    System.arraycopy(reps, 0, r, nd - reps.length, reps.length);
    int[] inter = new int[2 * nd];
    int[] wide = new int[2 * nd];
    int[] out = new int[nd];
    for (int i = 0; i < nd; i++) {
      inter[2 * i] = 1;
      inter[2 * i + 1] = s[i];
      wide[2 * i] = r[i];
      wide[2 * i + 1] = s[i];
      out[i] = r[i] * s[i];
    }
    return F.reshape(F.broadcastTo(F.reshape(x, inter), wide), out);
  }
}
