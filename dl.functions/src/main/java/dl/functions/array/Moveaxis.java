package dl.functions.array;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * Registered as {@code "moveaxis"}; options {@code source}, {@code destination} (int or int lists
   * of one length).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "moveaxis",
        (o, in) ->
            new Variable[] {apply(in[0], Opts.ints(o, "source"), Opts.ints(o, "destination"))});
  }

  public static Variable apply(Variable x, int source, int destination) {
    return apply(x, new int[] {source}, new int[] {destination});
  }

  /** Several axes at once (NumPy's rule: the others keep their order, then each is inserted). */
  public static Variable apply(Variable x, int[] source, int[] destination) {
    int nd = x.ndim();
    if (source == null || destination == null || source.length != destination.length) {
      throw new IllegalArgumentException(
          "moveaxis: source and destination must have the same number of axes, got "
              + Arrays.toString(source)
              + " and "
              + Arrays.toString(destination));
    }
    int[] s = new int[source.length];
    int[] d = new int[source.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = Check.axis("moveaxis", "x", 0, source[i], nd);
      d[i] = Check.axis("moveaxis", "x", 0, destination[i], nd);
    }
    Check.axes("moveaxis", "x", 0, s, nd); // distinct
    Check.axes("moveaxis", "x", 0, d, nd);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < nd; i++) {
      final int axis = i;
      if (Arrays.stream(s).noneMatch(v -> v == axis)) {
        order.add(i);
      }
    }
    Integer[] byDest = new Integer[s.length];
    for (int i = 0; i < s.length; i++) {
      byDest[i] = i;
    }
    Arrays.sort(byDest, (p, q) -> Integer.compare(d[p], d[q]));
    for (int k : byDest) {
      order.add(d[k], s[k]);
    }
    return F.transpose(x, order.stream().mapToInt(Integer::intValue).toArray());
  }
}
