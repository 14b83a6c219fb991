package dl.links;

import dl.api.Link;
import dl.api.Parameter;
import dl.api.Variable;
import dl.api.spi.LinkProvider;
import dl.functions.F;
import dl.links.initializers.One;

/**
 * Multiplies by a learnable scale broadcast along the input's axes from {@code axis}, optionally
 * adding a bias (Chainer's {@code L.Scale}): {@code y = x · W (+ b)} with {@code W.shape ==
 * x.shape[axis : axis + W.ndim]}. Without {@code WShape} the scale is the second input.
 *
 * <p>Hyperparameters: {@code axis} — default {@code 1}; {@code W_shape} — none by default (scale
 * given as input), W starts at one; {@code bias_term} — default {@code false}; {@code bias_shape} —
 * the bias shape when the scale is an input (else W's shape); the bias (child {@code bias}, a
 * {@link Bias}) starts at zero.
 *
 * <pre>{@code
 * Scale scale = new Scale(1, new int[] {3}, true, null);   // x·W + b, W and b of shape (3)
 * }</pre>
 */
public class Scale extends dl.api.Chain {
  /** The scale, or null when it is given as the second input. */
  public final Parameter W;

  /** The bias link, or null without {@code bias_term}. */
  public final Bias bias;

  private final int axis;
  private final int[] wShape;
  private final int[] biasShape;
  private final boolean biasTerm;

  /** A learnable scale of shape {@code wShape} at axis 1, without bias. */
  public Scale(int... wShape) {
    this(1, wShape, false, null);
  }

  /** Every option; {@code wShape} null takes the scale as the second input. */
  public Scale(int axis, int[] wShape, boolean biasTerm, int[] biasShape) {
    if (axis < 0) {
      throw new IllegalArgumentException("Scale: axis must be >= 0, got " + axis);
    }
    this.axis = axis;
    this.wShape = wShape == null ? null : wShape.clone();
    this.biasTerm = biasTerm;
    this.biasShape = biasShape == null ? null : biasShape.clone();
    W = wShape == null ? null : addParam("W", new Parameter(new One(), wShape));
    if (biasTerm) {
      int[] bs = wShape != null ? wShape : biasShape;
      if (bs == null) {
        throw new IllegalArgumentException(
            "Scale: bias_term needs W_shape or bias_shape to shape the bias");
      }
      bias = addLink("bias", new Bias(axis, bs));
    } else {
      bias = null;
    }
  }

  @Override
  protected Link newLike() {
    return new Scale(axis, wShape, biasTerm, biasShape);
  }

  @Override
  protected Variable forward(Variable... inputs) {
    int want = W == null ? 2 : 1;
    if (inputs.length != want) {
      throw new IllegalArgumentException(
          "Scale " + path() + ": expected " + want + " input(s), got " + inputs.length);
    }
    Variable w = W == null ? inputs[1] : W;
    Variable y = F.mul(inputs[0], Axes.aligned(this, "scale", inputs[0], w, axis));
    return bias == null ? y : bias.call(y);
  }

  /**
   * The provider behind {@code Engine.get().link("Scale")}: options {@code axis}, {@code W_shape},
   * {@code bias_term}, {@code bias_shape}.
   */
  public static LinkProvider provider() {
    return LinkProvider.of(
        "Scale",
        opts -> {
          Options o = Options.of("Scale", opts, "axis", "W_shape", "bias_term", "bias_shape");
          Integer axis = o.optionalInt("axis");
          return new Scale(
              axis == null ? 1 : axis,
              o.shape("W_shape"),
              o.bool("bias_term", false),
              o.shape("bias_shape"));
        });
  }
}
