package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Transposes a list of sequences sorted by decreasing length (Chainer's {@code
 * transpose_sequence}): output {@code t} stacks element {@code t} of every sequence longer than t,
 * along axis 0. Slices and concatenations, so gradients route back.
 *
 * <pre>{@code
 * Variable[] ys = TransposeSequence.apply(xs);   // lengths (3, 2) -> 3 outputs of batch 2, 2, 1
 * }</pre>
 */
public final class TransposeSequence {
  private TransposeSequence() {}

  /** Registered as {@code "transpose_sequence"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("transpose_sequence", (o, in) -> apply(in));
  }

  public static Variable[] apply(Variable[] xs) {
    if (xs.length == 0) {
      return new Variable[0];
    }
    for (int i = 0; i < xs.length; i++) {
      if (xs[i].ndim() < 1 || (i > 0 && xs[i].shape()[0] > xs[i - 1].shape()[0])) {
        throw InvalidTypeException.of(
            "transpose_sequence",
            "xs[" + i + "]",
            i,
            "sequences of ndim >= 1 sorted by decreasing length",
            "xs[" + i + "].shape == " + dl.api.Shapes.str(xs[i].shape()));
      }
    }
    Variable[] ys = new Variable[xs[0].shape()[0]];
    for (int t = 0; t < ys.length; t++) {
      int n = 0;
      while (n < xs.length && xs[n].shape()[0] > t) {
        n++;
      }
      Variable[] rows = new Variable[n];
      for (int i = 0; i < n; i++) {
        rows[i] = F.getItem(xs[i], Index.slice(t, t + 1));
      }
      ys[t] = n == 1 ? rows[0] : F.concat(rows, 0);
    }
    return ys;
  }
}
