package dl.functions.array;

import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.functions.F;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy indexing with one advanced entry (an integer array or a boolean mask) among basic ones:
 * basic indexing with the advanced axes kept whole ({@link GetItem}), then the masked axes merged
 * and a gather ({@link Take}) whose result axes stay in place (NumPy's rule for a single advanced
 * index). {@link #scatter} is the reverse chain, used by {@code scatter_add}.
 *
 * <pre>{@code
 * Variable y = AdvancedIndex.get(x, new Index[] {Index.all(), Index.array(2, 0)});   // x[:, [2, 0]]
 * }</pre>
 */
final class AdvancedIndex {
  private final Index[] basic;
  private final Index advanced;
  private final int pos; // axis of the basic result where the advanced axes start
  private final int k; // number of axes the advanced entry spans

  private AdvancedIndex(String fn, Index[] index, int ndim) {
    int at = -1;
    for (int i = 0; i < index.length; i++) {
      Index.Kind kd = index[i].kind();
      if (kd == Index.Kind.ARRAY || kd == Index.Kind.MASK) {
        if (at >= 0) {
          throw new IllegalArgumentException(
              fn
                  + ": one integer-array or boolean-mask entry at most, got "
                  + Arrays.toString(index));
        }
        at = i;
      }
    }
    advanced = at < 0 ? null : index[at];
    k =
        advanced == null
            ? 0
            : advanced.kind() == Index.Kind.ARRAY ? 1 : advanced.valuesShape().length;
    List<Index> b = new ArrayList<>();
    int consumed = k;
    for (Index i : index) {
      consumed += i.kind() == Index.Kind.AT || i.kind() == Index.Kind.SLICE ? 1 : 0;
    }
    int p = 0;
    for (int i = 0; i < index.length; i++) {
      if (i == at) {
        for (int j = 0; j < k; j++) {
          b.add(Index.all());
        }
        continue;
      }
      b.add(index[i]);
      Index.Kind kd = index[i].kind();
      if (at < 0 || i < at) {
        p += kd == Index.Kind.SLICE || kd == Index.Kind.NEWAXIS ? 1 : 0;
        p += kd == Index.Kind.ELLIPSIS ? Math.max(0, ndim - consumed) : 0;
      }
    }
    basic = b.toArray(new Index[0]);
    pos = p;
  }

  /** True when the index has an integer-array or mask entry. */
  static boolean isAdvanced(Index[] index) {
    for (Index i : index) {
      if (i.kind() == Index.Kind.ARRAY || i.kind() == Index.Kind.MASK) {
        return true;
      }
    }
    return false;
  }

  private NdArray indices(String fn, int[] shape, NdArray like) {
    int[] spanned = Arrays.copyOfRange(shape, pos, pos + k);
    if (advanced.kind() == Index.Kind.MASK && !Arrays.equals(spanned, advanced.valuesShape())) {
      throw InvalidTypeException.of(
          fn,
          "x",
          0,
          "mask shape " + Shapes.str(advanced.valuesShape()) + " equal to the axes it covers",
          "those axes are " + Shapes.str(spanned));
    }
    int[] v = advanced.values();
    int n = Shapes.size(spanned);
    for (int x : v) {
      if (x < -n || x >= n) {
        throw InvalidTypeException.of(
            fn, "x", 0, "-" + n + " <= index < " + n + " on axis " + pos, "index " + x);
      }
    }
    int[] vs = advanced.kind() == Index.Kind.MASK ? new int[] {v.length} : advanced.valuesShape();
    return like.backend().fromArray(v, vs);
  }

  private int[] merged(int[] s) {
    int[] m = new int[s.length - k + 1];
    for (int i = 0, j = 0; i < s.length; i++) {
      if (i > pos && i < pos + k) {
        m[j - 1] *= s[i];
      } else {
        m[j++] = s[i];
      }
    }
    return m;
  }

  static Variable get(Variable x, Index[] index) {
    AdvancedIndex a = new AdvancedIndex("get_item", index, x.ndim());
    Variable y = new GetItem(a.basic).applyOne(x);
    NdArray idx = a.indices("get_item", y.shape(), x.array());
    return new Take(idx, a.pos).applyOne(F.reshape(y, a.merged(y.shape())));
  }

  /** Zeros of {@code shape} plus {@code b} (broadcast to the selection) added at the selection. */
  static Variable scatter(String fn, Variable b, int[] shape, Index[] index) {
    AdvancedIndex a = new AdvancedIndex(fn, index, shape.length);
    GetItem.Plan plan = GetItem.plan(fn, a.basic, shape);
    Variable v = b;
    if (a.advanced != null) {
      int[] basicOut = plan.out();
      int[] m = a.merged(basicOut);
      NdArray idx = a.indices(fn, basicOut, b.array());
      int[] sel = new int[m.length - 1 + idx.ndim()];
      System.arraycopy(m, 0, sel, 0, a.pos);
      System.arraycopy(idx.shape(), 0, sel, a.pos, idx.ndim());
      System.arraycopy(m, a.pos + 1, sel, a.pos + idx.ndim(), m.length - a.pos - 1);
      checkBroadcast(fn, b, sel);
      v = new Take.TakeGrad(m, idx, a.pos).applyOne(F.broadcastTo(b, sel));
      v = F.reshape(v, basicOut);
    } else {
      checkBroadcast(fn, b, plan.out());
      v = F.broadcastTo(b, plan.out());
    }
    return new GetItemGrad(plan, a.basic).applyOne(v);
  }

  private static void checkBroadcast(String fn, Variable b, int[] sel) {
    if (!Shapes.broadcastsTo(b.shape(), sel)) {
      throw InvalidTypeException.of(
          fn,
          "b",
          1,
          "b.shape broadcastable to the selection " + Shapes.str(sel),
          "b.shape == " + Shapes.str(b.shape()));
    }
  }
}
