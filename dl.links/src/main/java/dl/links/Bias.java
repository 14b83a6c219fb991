package dl.links;

import dl.api.Link;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.Zero;

/**
 * Adds a learnable bias broadcast along the input's axes from {@code axis} (Chainer's {@code
 * L.Bias}): {@code y = x + b} with {@code b.shape == x.shape[axis : axis + b.ndim]}. Without a
 * shape the bias is the second input instead of a parameter: {@code y = bias.call(x, b)}.
 *
 * <p>Hyperparameters: {@code axis} — first axis of {@code x} the bias is aligned with, default
 * {@code 1}; {@code shape} — the bias shape, none by default (bias given as input); the bias starts
 * at zero.
 *
 * <pre>{@code
 * Bias bias = new Bias(1, 3);          // (3) bias on x of shape (n, 3, h, w)
 * Variable y = bias.call(x);
 * }</pre>
 */
public class Bias extends Link {
  /** The bias, or null when it is given as the second input. */
  public final Parameter b;

  private final int axis;
  private final int[] shape;

  /** A bias taken from the second input, aligned at {@code axis}. */
  public Bias(int axis) {
    this(axis, (int[]) null);
  }

  /** A learnable bias of the given shape aligned at {@code axis}, starting at zero. */
  public Bias(int axis, int... shape) {
    if (axis < 0) {
      throw new IllegalArgumentException("Bias: axis must be >= 0, got " + axis);
    }
    this.axis = axis;
    this.shape = shape == null ? null : shape.clone();
    b = shape == null ? null : addParam("b", new Parameter(new Zero(), shape));
  }

  public int axis() {
    return axis;
  }

  @Override
  protected Link newLike() {
    return new Bias(axis, shape);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    int want = b == null ? 2 : 1;
    if (inputs.length != want) {
      throw new IllegalArgumentException(
          "Bias " + path() + ": expected " + want + " input(s), got " + inputs.length);
    }
    Variable bias = b == null ? inputs[1] : b;
    return F.add(inputs[0], Axes.aligned(this, "bias", inputs[0], bias, axis));
  }

  /** The provider behind {@code Engine.get().link("Bias")}: options {@code axis}, {@code shape}. */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Bias",
        opts -> {
          Options o = Options.of("Bias", opts, "axis", "shape");
          Integer axis = o.optionalInt("axis");
          return new Bias(axis == null ? 1 : axis, o.shape("shape"));
        });
  }
}
