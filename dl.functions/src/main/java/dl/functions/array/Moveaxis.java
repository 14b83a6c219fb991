package dl.functions.array;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves one axis to a new position, keeping the order of the others (Chainer's {@code moveaxis}); a
 * transpose.
 *
 * <pre>{@code
 * Variable y = Moveaxis.apply(x, 0, -1);   // (2, 3, 4) -> (3, 4, 2), or F.moveaxis(x, 0, -1)
 * }</pre>
 */
public final class Moveaxis {
  private Moveaxis() {}

  /** Registered as {@code "moveaxis"}; options {@code source}, {@code destination} (int). */
  public static FunctionProvider provider() {
    return FunctionProvider.of(
        "moveaxis",
        (o, in) ->
            new Variable[] {
              apply(in[0], Opts.integer(o, "source", 0), Opts.integer(o, "destination", 0))
            });
  }

  public static Variable apply(Variable x, int source, int destination) {
    int nd = x.ndim();
    int s = Check.axis("moveaxis", "x", 0, source, nd);
    int d = Check.axis("moveaxis", "x", 0, destination, nd);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < nd; i++) {
      if (i != s) {
        order.add(i);
      }
    }
    order.add(d, s);
    return F.transpose(x, order.stream().mapToInt(Integer::intValue).toArray());
  }
}
