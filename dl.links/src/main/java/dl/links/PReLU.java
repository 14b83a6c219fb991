package dl.links;

import dl.api.Link;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.Constant;

/**
 * Parametric ReLU (Chainer's {@code L.PReLU}; He et al., "Delving Deep into Rectifiers", ICCV
 * 2015): {@code y = max(0, x) + W · min(0, x)}, with W aligned with the input's axes from axis 1
 * ({@code W.shape == x.shape[1 : 1 + W.ndim]}; a 0-d W is shared by all elements). Composed as
 * {@code relu(x) − W · relu(−x)}.
 *
 * <p>Hyperparameters: {@code shape} — W's shape, default {@code ()}; {@code init} — default {@code
 * 0.25}.
 *
 * <pre>{@code
 * PReLU prelu = new PReLU(new int[] {3}, 0.25);   // one slope per channel of (n, 3, ...)
 * }</pre>
 */
public class PReLU extends Link {
  public final Parameter W;

  private final int[] shape;
  private final double init;

  /** A single slope starting at 0.25. */
  public PReLU() {
    this(new int[0], 0.25);
  }

  public PReLU(int[] shape, double init) {
    this.shape = shape.clone();
    this.init = init;
    W = addParam("W", new Parameter(new Constant(init), shape));
  }

  @Override
  protected Link newLike() {
    return new PReLU(shape, init);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          "PReLU " + path() + ": expected one input, got " + inputs.length);
    }
    Variable x = inputs[0];
    Variable w = Axes.aligned(this, "W", x, W, 1);
    return F.sub(F.relu(x), F.mul(w, F.relu(F.neg(x))));
  }

  /** The provider behind {@code Engine.get().link("PReLU")}: options {@code shape, init}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "PReLU",
        opts -> {
          Options o = Options.of("PReLU", opts, "shape", "init");
          int[] s = o.shape("shape");
          return new PReLU(s == null ? new int[0] : s, o.number("init", 0.25));
        });
  }
}
