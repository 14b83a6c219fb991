package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Moves depth into blocks of space (Chainer's {@code depth2space}, TensorFlow's channel order, not
 * PyTorch's {@code pixel_shuffle}): (B, C·r², H, W) to (B, C, H·r, W·r), with input channel {@code
 * (i·r + j)·C + c} landing at offset (i, j) of channel c's block. Reshapes and transposes.
 *
 * <pre>{@code
 * Variable y = Depth2Space.apply(x, 2);   // (1, 8, 2, 2) -> (1, 2, 4, 4), or F.depth2space(x, 2)
 * }</pre>
 */
public final class Depth2Space {
  private Depth2Space() {}

  /** Registered as {@code "depth2space"}; option {@code r} (int, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "depth2space", (o, in) -> new Variable[] {apply(in[0], Opts.integer(o, "r", 0))});
  }

  public static Variable apply(Variable x, int r) {
    int[] s = x.shape();
    if (s.length != 4 || r <= 0 || s[1] % (r * r) != 0) {
      throw InvalidTypeException.of(
          "depth2space",
          "X",
          0,
          "X.ndim == 4, r > 0 and X.shape[1] % (r*r) == 0 (r == " + r + ")",
          "X.shape == " + Shapes.str(s));
    }
    int b = s[0];
    int c = s[1] / (r * r);
    int h = s[2];
    int w = s[3];
    Variable t = F.transpose(x, 0, 2, 3, 1);
    t = F.reshape(t, b, h, w, r, r, c);
    t = F.transpose(t, 0, 1, 3, 2, 4, 5);
    t = F.reshape(t, b, h * r, w * r, c);
    return F.transpose(t, 0, 3, 1, 2);
  }
}
