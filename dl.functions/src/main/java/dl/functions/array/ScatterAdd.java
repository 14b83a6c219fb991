package dl.functions.array;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.List;

/**
 * {@code a} with {@code b} added at an index (Chainer's {@code scatter_add}: {@code y = a.copy();
 * y[slices] += b}, repeated integer indices accumulating as {@code numpy.add.at}). The index is as
 * for {@link GetItem}, with one integer-array or mask entry allowed; {@code b} broadcasts to the
 * selection. Gradients: {@code a} gets {@code gy}, {@code b} gets {@code gy[slices]} summed back.
 *
 * <pre>{@code
 * Variable y = ScatterAdd.apply(a, new Index[] {Index.array(0, 0, 2)}, b);   // or F.scatterAdd
 * }</pre>
 */
public final class ScatterAdd {
  private ScatterAdd() {}

  /** Registered as {@code "scatter_add"}; inputs a, b; option {@code slices} (Index[] or list). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "scatter_add",
        (o, in) -> {
          Object v = o.get("slices");
          Index[] idx =
              v instanceof Index[]
                  ? (Index[]) v
                  : ((List<?>) v).stream().map(Index.class::cast).toArray(Index[]::new);
          return new Variable[] {apply(in[0], idx, in[1])};
        });
  }

  public static Variable apply(Variable a, Index[] slices, Variable b) {
    Check.floating("scatter_add", "a", 0, a.array());
    Check.sameDtype("scatter_add", "a", a.array(), "b", 1, b.array());
    return F.add(a, AdvancedIndex.scatter("scatter_add", b, a.shape(), slices));
  }
}
