package dl.functions.math;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Weighted average over axes (Chainer's {@code average}): without weights it is {@code mean}; with
 * a null axis the weights have {@code x}'s shape; with one axis they are 1-d of length {@code
 * x.shape[axis]}; several axes with weights are refused, as in Chainer. The result is {@code sum(x
 * · w, axis) / sum(w)}, a composite, so {@code x} and the weights both get gradients. (Chainer's
 * {@code average} has no {@code returned} option; neither has this one.)
 *
 * <pre>{@code
 * Variable m = F.average(x, new int[] {1}, w, false);
 * }</pre>
 */
public final class Average {
  private Average() {}

  /**
   * Registered as {@code "average"}; inputs {@code x} and optionally {@code weights}; options
   * {@code axis} (int or int[], default all), {@code keepdims}.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "average",
        (o, in) ->
            new Variable[] {
              apply(
                  in[0],
                  Opts.ints(o, "axis"),
                  in.length > 1 ? in[1] : null,
                  Opts.bool(o, "keepdims", false))
            });
  }

  /** The (weighted) average of {@code x} over {@code axes} (null: all); weights may be null. */
  public static Variable apply(Variable x, int[] axes, Variable weights, boolean keepdims) {
    String fn = "average";
    Check.floating(fn, "x", 0, x.array());
    int[] ax = axes == null ? null : Check.axes(fn, "x", 0, axes, x.ndim());
    if (weights == null) {
      return F.mean(x, ax, keepdims);
    }
    Check.sameDtype(fn, "x", x.array(), "weights", 1, weights.array());
    Variable w = weights;
    if (ax == null) {
      Check.sameShape(fn, "x", x.array(), "weights", 1, weights.array());
    } else {
      if (ax.length > 1) {
        throw InvalidTypeException.of(
            fn, "axis", 0, "a single axis when weights are given", "axis == " + Shapes.str(ax));
      }
      int n = x.shape()[ax[0]];
      if (weights.ndim() != 1 || weights.shape()[0] != n) {
        throw InvalidTypeException.of(
            fn,
            "weights",
            1,
            "weights.shape == (" + n + ",) (x.shape[" + ax[0] + "])",
            "weights.shape == " + Shapes.str(weights.shape()));
      }
      int[] ws = new int[x.ndim()];
      java.util.Arrays.fill(ws, 1);
      ws[ax[0]] = n;
      w = F.broadcastTo(F.reshape(weights, ws), x.shape());
    }
    Variable s = F.sum(F.mul(x, w), ax, keepdims);
    return F.div(s, F.broadcastTo(F.sum(weights), s.shape()));
  }
}
