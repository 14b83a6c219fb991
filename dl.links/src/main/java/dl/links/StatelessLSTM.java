package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;

/**
 * LSTM unit without state (Chainer's {@code L.StatelessLSTM}; Hochreiter and Schmidhuber, "Long
 * Short-Term Memory", 1997, with forget gates of Gers et al., 2000): {@link #step} maps {@code (c,
 * h, x)} to {@code (c', h')} with {@code z = upward(x) + lateral(h)} and the gates of {@code
 * F.lstm} (see {@link LstmBase}); a null {@code h} skips {@code lateral}, a null {@code c} is zero.
 * Called as a link, {@code call(c, h, x)} returns {@code h'}.
 *
 * <p>Hyperparameters: {@code in_size} (-1: lazy), {@code out_size}; {@code lateral_init}, {@code
 * upward_init} — default LeCunNormal; {@code bias_init} — default {@code 0}; {@code
 * forget_bias_init} — default {@code 1}. Children: {@code upward}, {@code lateral}.
 *
 * <pre>{@code
 * StatelessLSTM cell = new StatelessLSTM(10, 20);
 * Variable[] ch = cell.step(null, null, x0);
 * ch = cell.step(ch[0], ch[1], x1);
 * }</pre>
 */
public class StatelessLSTM extends LstmBase {
  public StatelessLSTM(int inSize, int outSize) {
    this(inSize, outSize, null, null, 0, 1);
  }

  /** Every option; null initializers take LeCunNormal. */
  public StatelessLSTM(
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
    return new StatelessLSTM(inSize, outSize, lateralInit, upwardInit, biasInit, forgetBiasInit);
  }

  /** One step: {@code {c', h'}}. */
  public Variable[] step(Variable c, Variable h, Variable x) {
    Variable z = upward.call(x);
    if (h != null) {
      z = dl.functions.F.add(z, lateral.call(h));
    }
    return cell(c, z);
  }

  /** {@code call(c, h, x)}: {@code h'} (use {@link #step} for the cell too). */
  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 3) {
      throw new IllegalArgumentException(
          "StatelessLSTM " + path() + ": expected (c, h, x), got " + inputs.length + " inputs");
    }
    return step(inputs[0], inputs[1], inputs[2])[1];
  }

  /** The provider behind {@code Engine.get().link("StatelessLSTM")}: {@code in_size, out_size}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "StatelessLSTM",
        opts -> {
          Options o =
              Options.of(
                  "StatelessLSTM",
                  opts,
                  "in_size",
                  "out_size",
                  "lateral_init",
                  "upward_init",
                  "bias_init",
                  "forget_bias_init");
          Integer in = o.optionalInt("in_size");
          return new StatelessLSTM(
              in == null ? -1 : in,
              o.requiredInt("out_size"),
              o.initializer("lateral_init"),
              o.initializer("upward_init"),
              o.number("bias_init", 0),
              o.number("forget_bias_init", 1));
        });
  }
}
