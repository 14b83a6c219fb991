package dl.links;

import dl.api.Chain;
import dl.api.Initializer;
import dl.api.Link;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.Constant;
import java.util.function.UnaryOperator;

/**
 * Highway layer (Chainer's {@code L.Highway}; Srivastava, Greff and Schmidhuber, "Highway
 * Networks", 2015): with {@code t = sigmoid(transform(x))}, {@code y = activate(plain(x)) · t + x ·
 * (1 − t)}.
 *
 * <p>Hyperparameters: {@code in_out_size} (required); {@code nobias} — default {@code false};
 * {@code activate} — default {@code relu}; {@code init_Wh}, {@code init_Wt} — default LeCunNormal;
 * {@code init_bh} — default {@code 0}; {@code init_bt} — default {@code -1} (gates start mostly
 * carrying x through). Children: {@code plain}, {@code transform}.
 *
 * <pre>{@code
 * Highway h = new Highway(16);
 * Variable y = h.call(x);   // (n, 16) -> (n, 16)
 * }</pre>
 */
public class Highway extends Chain {
  public final Linear plain;
  public final Linear transform;

  private final int size;
  private final boolean nobias;
  private final UnaryOperator<Variable> activate;
  private final Initializer[] inits;

  public Highway(int inOutSize) {
    this(inOutSize, false, F::relu, null, null, null, new Constant(-1));
  }

  /** Every option; null initializers take Chainer's defaults. */
  public Highway(
      int inOutSize,
      boolean nobias,
      UnaryOperator<Variable> activate,
      Initializer initWh,
      Initializer initBh,
      Initializer initWt,
      Initializer initBt) {
    this.size = inOutSize;
    this.nobias = nobias;
    this.activate = activate == null ? F::relu : activate;
    this.inits = new Initializer[] {initWh, initBh, initWt, initBt};
    plain = addLink("plain", layer(initWh, initBh));
    transform = addLink("transform", layer(initWt, initBt == null ? new Constant(-1) : initBt));
  }

  private Linear layer(Initializer w, Initializer b) {
    Linear.Builder bld = Linear.builder(size).inSize(size).nobias(nobias);
    if (w != null) {
      bld.initialW(w);
    }
    if (b != null) {
      bld.initialBias(b);
    }
    return bld.build();
  }

  @Override
  protected Link newLike() {
    return new Highway(size, nobias, activate, inits[0], inits[1], inits[2], inits[3]);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    Variable x = inputs[0];
    Variable h = activate.apply(plain.call(x));
    Variable t = F.sigmoid(transform.call(x));
    return F.add(F.mul(h, t), F.mul(x, F.rsub(1.0, t)));
  }

  /** The provider behind {@code Engine.get().link("Highway")}: {@code in_out_size, nobias}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Highway",
        opts -> {
          Options o =
              Options.of(
                  "Highway",
                  opts,
                  "in_out_size",
                  "nobias",
                  "init_Wh",
                  "init_bh",
                  "init_Wt",
                  "init_bt");
          Initializer bt = o.initializer("init_bt");
          return new Highway(
              o.requiredInt("in_out_size"),
              o.bool("nobias", false),
              F::relu,
              o.initializer("init_Wh"),
              o.initializer("init_bh"),
              o.initializer("init_Wt"),
              bt == null ? new Constant(-1) : bt);
        });
  }
}
