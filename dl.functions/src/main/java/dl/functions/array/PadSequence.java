package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Pads sequences of different lengths to one length and stacks them (Chainer's {@code
 * pad_sequence}): (L_i, ...) to (B, length, ...), filled with {@code padding}. {@code length} null
 * means the longest; a shorter one is an error.
 *
 * <pre>{@code
 * Variable y = PadSequence.apply(xs, null, 0.0);   // (3,), (1,) -> (2, 3), or F.padSequence(xs)
 * }</pre>
 */
public final class PadSequence {
  private PadSequence() {}

  /** Registered as {@code "pad_sequence"}; options {@code length} (int), {@code padding} (0). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "pad_sequence",
        (o, in) ->
            new Variable[] {apply(in, Opts.optInteger(o, "length"), Opts.real(o, "padding", 0))});
  }

  public static Variable apply(Variable[] xs, Integer length, double padding) {
    if (xs.length == 0) {
      throw new InvalidTypeException("pad_sequence: needs at least one sequence");
    }
    int max = 0;
    for (int i = 0; i < xs.length; i++) {
      int[] s = xs[i].shape();
      int[] s0 = xs[0].shape();
      if (s.length < 1
          || s.length != s0.length
          || !Arrays.equals(
              Arrays.copyOfRange(s, 1, s.length), Arrays.copyOfRange(s0, 1, s.length))) {
        throw InvalidTypeException.of(
            "pad_sequence",
            "xs[" + i + "]",
            i,
            "ndim >= 1 and the trailing shape of xs[0] " + Shapes.str(s0),
            "xs[" + i + "].shape == " + Shapes.str(s));
      }
      max = Math.max(max, s[0]);
    }
    int len = length == null ? max : length;
    if (len < max) {
      throw InvalidTypeException.of(
          "pad_sequence",
          "xs",
          0,
          "length >= the longest sequence (" + max + ")",
          "length == " + len);
    }
    Variable[] rows = new Variable[xs.length];
    for (int i = 0; i < xs.length; i++) {
      int[] s = xs[i].shape();
      Variable r = xs[i];
      if (s[0] < len) {
        int[] ps = s.clone();
        ps[0] = len - s[0];
        Variable pad = Variable.constant(r.array().backend().full(ps, padding, r.dtype()));
        r = F.concat(new Variable[] {r, pad}, 0);
      }
      rows[i] = r;
    }
    return F.stack(rows, 0);
  }
}
