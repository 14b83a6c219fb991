package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Splits an array along an axis (Chainer's {@code split_axis}): into {@code sections} equal parts
 * (which must divide the axis), or at the given increasing {@code indices} (NumPy's {@code split};
 * indices past the end give empty parts).
 *
 * <pre>{@code
 * Variable[] parts = SplitAxis.sections(x, 2, 1);           // or F.splitAxis(x, 2, 1)
 * Variable[] at = SplitAxis.indices(x, new int[] {1, 3}, 1); // x[:, :1], x[:, 1:3], x[:, 3:]
 * }</pre>
 */
public final class SplitAxis {
  private SplitAxis() {}

  /**
   * Registered as {@code "split_axis"}; options {@code indices_or_sections} (int or int list,
   * required) and {@code axis} (int, required).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "split_axis",
        (o, in) -> {
          Object v = o.get("indices_or_sections");
          int axis = Opts.integer(o, "axis", 0);
          // By name the parts always come back as an array: force_tuple is read and has no effect.
          Opts.bool(o, "force_tuple", true);
          return v instanceof Number
              ? sections(in[0], ((Number) v).intValue(), axis)
              : indices(in[0], Opts.ints(o, "indices_or_sections"), axis);
        });
  }

  /** {@code sections} equal parts. */
  public static Variable[] sections(Variable x, int sections, int axis) {
    int a = Check.axis("split_axis", "x", 0, axis, x.ndim());
    int n = x.shape()[a];
    if (sections <= 0 || n % sections != 0) {
      throw InvalidTypeException.of(
          "split_axis",
          "x",
          0,
          "sections > 0 dividing x.shape[" + a + "] (" + n + ")",
          "indices_or_sections == " + sections);
    }
    int[] idx = new int[sections - 1];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = (i + 1) * (n / sections);
    }
    return indices(x, idx, a);
  }

  /** Parts between consecutive split points. */
  public static Variable[] indices(Variable x, int[] indices, int axis) {
    int a = Check.axis("split_axis", "x", 0, axis, x.ndim());
    for (int i = 1; i < indices.length; i++) {
      if (indices[i] < indices[i - 1]) {
        throw InvalidTypeException.of(
            "split_axis",
            "x",
            0,
            "increasing indices",
            "indices_or_sections == " + Arrays.toString(indices));
      }
    }
    Variable[] ys = new Variable[indices.length + 1];
    for (int i = 0; i <= indices.length; i++) {
      Index[] idx = new Index[a + 1];
      for (int d = 0; d < a; d++) {
        idx[d] = Index.all();
      }
      idx[a] = Index.slice(i == 0 ? null : indices[i - 1], i == indices.length ? null : indices[i]);
      ys[i] = F.getItem(x, idx);
    }
    return ys;
  }
}
