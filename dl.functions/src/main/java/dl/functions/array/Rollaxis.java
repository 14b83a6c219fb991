package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.ArrayList;
import java.util.List;

/**
 * Rolls an axis backwards until it lies before position {@code start} (Chainer's {@code rollaxis},
 * NumPy's rules: {@code -ndim <= start <= ndim}); a transpose.
 *
 * <pre>{@code
 * Variable y = Rollaxis.apply(x, 2, 0);   // (2, 3, 4) -> (4, 2, 3), or F.rollaxis(x, 2)
 * }</pre>
 */
public final class Rollaxis {
  private Rollaxis() {}

  /** Registered as {@code "rollaxis"}; options {@code axis} (int), {@code start} (int, 0). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "rollaxis",
        (o, in) ->
            new Variable[] {apply(in[0], Opts.integer(o, "axis", 0), Opts.integer(o, "start", 0))});
  }

  public static Variable apply(Variable x, int axis, int start) {
    int nd = x.ndim();
    int a = Check.axis("rollaxis", "x", 0, axis, nd);
    if (start < -nd || start > nd) {
      throw InvalidTypeException.of(
          "rollaxis", "x", 0, "-x.ndim <= start <= x.ndim (" + nd + ")", "start == " + start);
    }
    int s = start < 0 ? start + nd : start;
    if (a < s) {
      s--;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < nd; i++) {
      if (i != a) {
        order.add(i);
      }
    }
    order.add(s, a);
    return F.transpose(x, order.stream().mapToInt(Integer::intValue).toArray());
  }
}
