package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Moves blocks of space into depth (Chainer's {@code space2depth}, TensorFlow's channel order): (B,
 * C, H, W) to (B, C·r², H/r, W/r), the inverse of {@link Depth2Space}.
 *
 * <pre>{@code
 * Variable y = Space2Depth.apply(x, 2);   // (1, 2, 4, 4) -> (1, 8, 2, 2), or F.space2depth(x, 2)
 * }</pre>
 */
public final class Space2Depth {
  private Space2Depth() {}

  /** Registered as {@code "space2depth"}; option {@code r} (int, required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "space2depth", (o, in) -> new Variable[] {apply(in[0], Opts.integer(o, "r", 0))});
  }

  public static Variable apply(Variable x, int r) {
    int[] s = x.shape();
    if (s.length != 4 || r <= 0 || s[2] % r != 0 || s[3] % r != 0) {
      throw InvalidTypeException.of(
          "space2depth",
          "X",
          0,
          "X.ndim == 4, r > 0 and X.shape[2], X.shape[3] divisible by r (r == " + r + ")",
          "X.shape == " + Shapes.str(s));
    }
    int b = s[0];
    int c = s[1];
    int h = s[2] / r;
    int w = s[3] / r;
    Variable t = F.transpose(x, 0, 2, 3, 1);
    t = F.reshape(t, b, h, r, w, r, c);
    t = F.transpose(t, 0, 1, 3, 2, 4, 5);
    t = F.reshape(t, b, h, w, r * r * c);
    return F.transpose(t, 0, 3, 1, 2);
  }
}
