package dl.functions.rnn;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.array.Index;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * One LSTM step (Chainer's {@code lstm}): {@code x} of shape {@code (B, 4N, ...)} holds the four
 * gate pre-activations interleaved per unit as {@code (a, i, f, o)}; with {@code c_prev} of shape
 * {@code (B', N, ...)}, {@code B <= B'}:
 *
 * <pre>
 * c = tanh(a)·σ(i) + σ(f)·c_prev      h = σ(o)·tanh(c)
 * </pre>
 *
 * Rows of {@code c_prev} past {@code B} are carried to {@code c} unchanged (shorter sequences of a
 * sorted batch); {@code h} has {@code B} rows. Composed of differentiable functions, so it is
 * differentiable any number of times.
 *
 * <pre>{@code
 * Variable[] ch = Lstm.apply(c, F.add(F.linear(x, Wx), F.linear(h, Wh)));  // or F.lstm(c, x)
 * Variable c2 = ch[0], h2 = ch[1];
 * }</pre>
 */
public final class Lstm {
  private Lstm() {}

  /** Registered as {@code "lstm"}: inputs {@code (c_prev, x)}, outputs {@code (c, h)}. */
  public static FunctionProvider provider() {
    return Opts.provider("lstm", (o, in) -> apply(in[0], in[1]));
  }

  /** {@code (c, h)} from {@code c_prev} and the gate pre-activations {@code x}. */
  public static Variable[] apply(Variable cPrev, Variable x) {
    check(cPrev, x);
    int batch = x.shape()[0];
    int units = cPrev.shape()[1];
    int[] s = x.shape();
    int[] split = new int[s.length + 1];
    split[0] = batch;
    split[1] = units;
    split[2] = 4;
    System.arraycopy(s, 2, split, 3, s.length - 2);
    Variable r = F.reshape(x, split);
    Variable a = F.tanh(gate(r, 0));
    Variable i = F.sigmoid(gate(r, 1));
    Variable f = F.sigmoid(gate(r, 2));
    Variable o = F.sigmoid(gate(r, 3));
    boolean carry = cPrev.shape()[0] > batch;
    Variable cHead = carry ? F.getItem(cPrev, Index.slice(0, batch)) : cPrev;
    Variable c = F.add(F.mul(a, i), F.mul(f, cHead));
    Variable h = F.mul(o, F.tanh(c));
    if (carry) {
      c = F.concat(new Variable[] {c, F.getItem(cPrev, Index.slice(batch, null))}, 0);
    }
    return new Variable[] {c, h};
  }

  private static Variable gate(Variable r, int k) {
    return F.getItem(r, Index.all(), Index.all(), Index.at(k));
  }

  private static void check(Variable cPrev, Variable x) {
    String fn = "lstm";
    Check.floating(fn, "c_prev", 0, cPrev.array());
    Check.floating(fn, "x", 1, x.array());
    Check.sameDtype(fn, "c_prev", cPrev.array(), "x", 1, x.array());
    Check.minNdim(fn, "x", 1, x.array(), 2);
    int[] c = cPrev.shape();
    int[] s = x.shape();
    if (c.length != s.length) {
      throw InvalidTypeException.of(
          fn, "x", 1, "x.ndim == c_prev.ndim (" + c.length + ")", "x.ndim == " + s.length);
    }
    if (s[0] > c[0]) {
      throw InvalidTypeException.of(
          fn, "x", 1, "x.shape[0] <= c_prev.shape[0] (" + c[0] + ")", "x.shape[0] == " + s[0]);
    }
    boolean rest =
        Arrays.equals(Arrays.copyOfRange(s, 2, s.length), Arrays.copyOfRange(c, 2, c.length));
    if (s[1] != 4 * c[1] || !rest) {
      throw InvalidTypeException.of(
          fn,
          "x",
          1,
          "x.shape[1:] == (4 * c_prev.shape[1], c_prev.shape[2:]...) for c_prev.shape "
              + Shapes.str(c),
          "x.shape == " + Shapes.str(s));
    }
  }
}
