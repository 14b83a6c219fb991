package dl.links;

import dl.api.Link;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.Constant;

/**
 * Swish activation with a learnable β (Chainer's {@code L.Swish}; Ramachandran, Zoph and Le,
 * "Searching for Activation Functions", 2017): {@code y = x · sigmoid(β · x)}, with β aligned with
 * the input's axes from axis 1 ({@code β.shape == x.shape[1 : 1 + β.ndim]}).
 *
 * <p>Hyperparameters: {@code beta_shape} — default none: β takes {@code x.shape[1:]} at the first
 * forward; {@code beta_init} — default {@code 1.0}.
 *
 * <pre>{@code
 * Swish swish = new Swish(new int[] {3}, 1.0);
 * Variable y = swish.call(x);   // x of shape (n, 3)
 * }</pre>
 */
public class Swish extends Link {
  public final Parameter beta;

  private final int[] betaShape;
  private final double betaInit;

  /** β of {@code x.shape[1:]} created at the first forward, starting at 1. */
  public Swish() {
    this(null, 1.0);
  }

  /** β of the given shape (null: lazily {@code x.shape[1:]}) filled with {@code betaInit}. */
  public Swish(int[] betaShape, double betaInit) {
    this.betaShape = betaShape == null ? null : betaShape.clone();
    this.betaInit = betaInit;
    Constant init = new Constant(betaInit);
    beta =
        addParam("beta", betaShape == null ? new Parameter(init) : new Parameter(init, betaShape));
  }

  @Override
  protected Link newLike() {
    return new Swish(betaShape, betaInit);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          "Swish " + path() + ": expected one input, got " + inputs.length);
    }
    Variable x = inputs[0];
    if (!beta.isInitialized()) {
      beta.initialize(Axes.sub(x.shape(), 1, x.ndim() - 1));
    }
    Variable b = Axes.aligned(this, "beta", x, beta, 1);
    return F.mul(x, F.sigmoid(F.mul(b, x)));
  }

  /** The provider behind {@code Engine.get().link("Swish")}: {@code beta_shape, beta_init}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Swish",
        opts -> {
          Options o = Options.of("Swish", opts, "beta_shape", "beta_init");
          return new Swish(o.shape("beta_shape"), o.number("beta_init", 1.0));
        });
  }
}
