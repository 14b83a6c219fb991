package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Joins arrays of one shape along a new axis (Chainer's {@code stack}, axis 0 by default): each is
 * given a size-1 axis and they are concatenated there.
 *
 * <pre>{@code
 * Variable y = Stack.apply(new Variable[] {a, b}, 0);   // two (3,) -> (2, 3), or F.stack(xs)
 * }</pre>
 */
public final class Stack {
  private Stack() {}

  /** Registered as {@code "stack"}; option {@code axis} (int, default 0). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "stack", (o, in) -> new Variable[] {apply(in, Opts.integer(o, "axis", 0))});
  }

  public static Variable apply(Variable[] xs, int axis) {
    if (xs.length == 0) {
      throw new InvalidTypeException("stack: needs at least one input");
    }
    int[] s0 = xs[0].shape();
    for (int i = 1; i < xs.length; i++) {
      if (!Arrays.equals(s0, xs[i].shape())) {
        throw InvalidTypeException.of(
            "stack",
            "xs[" + i + "]",
            i,
            "xs[" + i + "].shape == xs[0].shape " + Shapes.str(s0),
            "xs[" + i + "].shape == " + Shapes.str(xs[i].shape()));
      }
    }
    if (axis < -(s0.length + 1) || axis > s0.length) {
      throw InvalidTypeException.of(
          "stack", "xs[0]", 0, "-(ndim+1) <= axis <= ndim (" + s0.length + ")", "axis == " + axis);
    }
    Variable[] e = new Variable[xs.length];
    for (int i = 0; i < xs.length; i++) {
      e[i] = F.expandDims(xs[i], axis);
    }
    return F.concat(e, axis);
  }
}
