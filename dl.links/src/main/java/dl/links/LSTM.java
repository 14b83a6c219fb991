package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.functions.array.Index;

/**
 * Fully connected LSTM layer with state (Chainer's {@code L.LSTM}; Hochreiter and Schmidhuber,
 * 1997): each call maps {@code x} to {@code h = LSTM(c, h, x)} and keeps {@code c} and {@code h}
 * for the next call, until {@link #resetState}. As Chainer, a batch smaller than the state's
 * updates only the first rows and keeps the rest: the returned {@code h} has the input's batch.
 * Gates and initialisation as {@link StatelessLSTM}.
 *
 * <p>Hyperparameters: {@code in_size} (-1: lazy), {@code out_size}; {@code lateral_init}, {@code
 * upward_init} — default LeCunNormal; {@code bias_init} — default {@code 0}; {@code
 * forget_bias_init} — default {@code 1}.
 *
 * <pre>{@code
 * LSTM rnn = new LSTM(10, 20);
 * for (Variable x : sequence) { y = rnn.call(x); }
 * rnn.resetState();
 * }</pre>
 */
public class LSTM extends LstmBase {
  private Variable c;
  private Variable h;

  public LSTM(int inSize, int outSize) {
    this(inSize, outSize, null, null, 0, 1);
  }

  /** Every option; null initializers take LeCunNormal. */
  public LSTM(
      int inSize,
      int outSize,
      Initializer lateralInit,
      Initializer upwardInit,
      double biasInit,
      double forgetBiasInit) {
    super(inSize, outSize, lateralInit, upwardInit, biasInit, forgetBiasInit);
  }

  @Override
  protected Link newLike() {
    return new LSTM(inSize, outSize, lateralInit, upwardInit, biasInit, forgetBiasInit);
  }

  /** Forgets the state. */
  public void resetState() {
    c = null;
    h = null;
  }

  /** Sets the state (Chainer's {@code set_state}). */
  public void setState(Variable c, Variable h) {
    this.c = c;
    this.h = h;
  }

  public Variable c() {
    return c;
  }

  public Variable h() {
    return h;
  }

  private static Variable rows(Variable v, int from, int to) {
    return F.getItem(v, Index.slice(from, to), Index.all());
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          "LSTM " + path() + ": expected one input, got " + inputs.length);
    }
    Variable x = inputs[0];
    int n = x.shape()[0];
    Variable z = upward.call(x);
    int held = h == null ? n : h.shape()[0];
    if (n > held) {
      throw new IllegalArgumentException(
          "LSTM " + path() + ": the batch (" + n + ") must not exceed the state's (" + held + ")");
    }
    if (h != null) {
      z = F.add(z, lateral.call(n == held ? h : rows(h, 0, n)));
    }
    Variable cPrev = c == null ? null : n == held ? c : rows(c, 0, n);
    Variable[] ch = cell(cPrev, z);
    if (n < held) { // keep the rows the smaller batch did not reach
      c = F.concat(new Variable[] {ch[0], rows(c, n, held)}, 0);
      h = F.concat(new Variable[] {ch[1], rows(h, n, held)}, 0);
    } else {
      c = ch[0];
      h = ch[1];
    }
    return ch[1];
  }

  /** The provider behind {@code Engine.get().link("LSTM")}: {@code in_size, out_size, ...}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "LSTM",
        opts -> {
          Options o =
              Options.of(
                  "LSTM",
                  opts,
                  "in_size",
                  "out_size",
                  "lateral_init",
                  "upward_init",
                  "bias_init",
                  "forget_bias_init");
          Integer in = o.optionalInt("in_size");
          return new LSTM(
              in == null ? -1 : in,
              o.requiredInt("out_size"),
              o.initializer("lateral_init"),
              o.initializer("upward_init"),
              o.number("bias_init", 0),
              o.number("forget_bias_init", 1));
        });
  }
}
