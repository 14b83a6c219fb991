package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Opts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Basic NumPy indexing (Chainer's {@code GetItem}): integers, slices with steps (negative too),
 * {@link Index#NEWAXIS} and one {@link Index#ELLIPSIS}. The gradient adds the output gradient into
 * zeros at the selected places. Integer-array and boolean-mask entries go through {@link
 * dl.functions.F#getItem}, which adds a gather ({@link AdvancedIndex}).
 *
 * <pre>{@code
 * Variable y = new GetItem(Index.slice(0, 2), Index.at(1)).applyOne(x);   // x[0:2, 1]
 * }</pre>
 */
public final class GetItem extends FunctionNode {
  private final Index[] index;
  private Plan plan;

  /** Where the index lands on the input: bounds for the backend's slice and the output shape. */
  record Plan(int[] inShape, int[] start, int[] stop, int[] step, int[] sliced, int[] out) {}

  public GetItem(Index... index) {
    this.index = index.clone();
  }

  /**
   * Registered as {@code "get_item"}; option {@code index} ({@code Index[]} or a list of {@code
   * Index}).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "get_item",
        (o, in) -> {
          Object v = o.get("slices");
          if (v == null) {
            throw new IllegalArgumentException(
                "get_item: option 'slices' (an Index, an Integer, or an array or list of them) is"
                    + " required");
          }
          Object[] parts =
              v instanceof Index[]
                  ? (Index[]) v
                  : v instanceof List<?> ? ((List<?>) v).toArray() : new Object[] {v};
          Index[] idx = new Index[parts.length];
          for (int i = 0; i < parts.length; i++) {
            // Chainer's slices: an integer picks one index along the axis.
            idx[i] =
                parts[i] instanceof Number
                    ? Index.at(((Number) parts[i]).intValue())
                    : (Index) parts[i];
          }
          return new Variable[] {dl.functions.F.getItem(in[0], idx)};
        });
  }

  @Override
  public String label() {
    return "get_item";
  }

  /** Basic indices through this node; one integer-array or mask entry adds a gather. */
  public static Variable apply(Variable x, Index... index) {
    return AdvancedIndex.isAdvanced(index)
        ? AdvancedIndex.get(x, index)
        : new GetItem(index).applyOne(x);
  }

  static Plan plan(String fn, Index[] index, int[] shape) {
    int consumed = 0;
    int ellipses = 0;
    for (Index i : index) {
      if (i.kind() == Index.Kind.ARRAY || i.kind() == Index.Kind.MASK) {
        throw new IllegalArgumentException(
            fn + ": the GetItem node takes basic indices only; use F.getItem for " + i);
      }
      consumed += i.kind() == Index.Kind.AT || i.kind() == Index.Kind.SLICE ? 1 : 0;
      ellipses += i.kind() == Index.Kind.ELLIPSIS ? 1 : 0;
    }
    if (consumed > shape.length || ellipses > 1) {
      throw InvalidTypeException.of(
          fn,
          "x",
          0,
          (ellipses > 1 ? "one ellipsis at most" : "x.ndim >= " + consumed)
              + " for index "
              + Arrays.toString(index),
          "x.shape == " + Shapes.str(shape));
    }
    List<Index> full = new ArrayList<>();
    for (Index i : index) {
      if (i.kind() == Index.Kind.ELLIPSIS) {
        for (int k = 0; k < shape.length - consumed; k++) {
          full.add(Index.all());
        }
      } else {
        full.add(i);
      }
    }
    for (int k = consumed + (ellipses > 0 ? shape.length - consumed : 0); k < shape.length; k++) {
      full.add(Index.all());
    }
    int nd = shape.length;
    int[] start = new int[nd];
    int[] stop = new int[nd];
    int[] step = new int[nd];
    int[] sliced = new int[nd];
    List<Integer> out = new ArrayList<>();
    int d = 0;
    for (Index i : full) {
      if (i.kind() == Index.Kind.NEWAXIS) {
        out.add(1);
        continue;
      }
      if (i.kind() == Index.Kind.AT) {
        int p = i.position();
        if (p < -shape[d] || p >= shape[d]) {
          throw InvalidTypeException.of(
              fn,
              "x",
              0,
              "-" + shape[d] + " <= index < " + shape[d] + " on axis " + d,
              "index " + p + " (x.shape == " + Shapes.str(shape) + ")");
        }
        start[d] = p < 0 ? p + shape[d] : p;
        stop[d] = start[d] + 1;
        step[d] = 1;
        sliced[d] = 1;
      } else {
        int[] r = i.resolve(shape[d]);
        start[d] = r[0];
        stop[d] = r[1];
        step[d] = r[2];
        sliced[d] = r[3];
        out.add(r[3]);
      }
      d++;
    }
    return new Plan(
        shape.clone(),
        start,
        stop,
        step,
        sliced,
        out.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    plan(label(), index, in[0].shape());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    plan = plan(label(), index, in[0].shape());
    NdArray s = in[0].backend().slice(in[0], plan.start(), plan.stop(), plan.step());
    return new NdArray[] {s.reshape(plan.out())};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {new GetItemGrad(plan, index).applyOne(gy[0])};
  }
}
