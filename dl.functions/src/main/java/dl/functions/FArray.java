package dl.functions;

import dl.api.Variable;
import dl.functions.array.BroadcastTo;
import dl.functions.array.Concat;
import dl.functions.array.ExpandDims;
import dl.functions.array.GetItem;
import dl.functions.array.Index;
import dl.functions.array.Reshape;
import dl.functions.array.Squeeze;
import dl.functions.array.SumTo;
import dl.functions.array.Transpose;
import java.util.Arrays;

/**
 * The array manipulation of {@link F}. Users call them as {@code F.name(...)}; the facade is split
 * into one class per category so that each stays small (static methods are inherited by {@code F}).
 * Public only so that method references such as {@code F::relu} link; call through {@code F}.
 */
public abstract class FArray extends FActivation {
  FArray() {}

  // ---- array manipulation ----

  /** Broadcast to a shape (itself when already that shape): {@code F.broadcastTo(b, 3, 4)}. */
  public static Variable broadcastTo(Variable x, int... shape) {
    return Arrays.equals(x.shape(), shape) ? x : new BroadcastTo(shape).applyOne(x);
  }

  /** Sum down to a shape (itself when already that shape): {@code F.sumTo(g, 4)}. */
  public static Variable sumTo(Variable x, int... shape) {
    return Arrays.equals(x.shape(), shape) ? x : new SumTo(shape).applyOne(x);
  }

  /** New shape, one {@code -1} inferred (itself when unchanged): {@code F.reshape(x, -1, 784)}. */
  public static Variable reshape(Variable x, int... shape) {
    return Arrays.equals(x.shape(), shape) ? x : new Reshape(shape).applyOne(x);
  }

  /** Permuted axes (reversed when none): {@code F.transpose(x, 1, 0)}. */
  public static Variable transpose(Variable x, int... axes) {
    return new Transpose(axes).applyOne(x);
  }

  /** Inserts an axis of size 1: {@code F.expandDims(x, 0)}. */
  public static Variable expandDims(Variable x, int axis) {
    return new ExpandDims(axis).applyOne(x);
  }

  /** Removes axes of size 1 (all when none are given): {@code F.squeeze(x, 0)}. */
  public static Variable squeeze(Variable x, int... axes) {
    return new Squeeze(axes).applyOne(x);
  }

  /** Joins along axis 1: {@code F.concat(new Variable[] {a, b})}. */
  public static Variable concat(Variable[] xs) {
    return concat(xs, 1);
  }

  /** Joins along an axis: {@code F.concat(new Variable[] {a, b}, 0)}. */
  public static Variable concat(Variable[] xs, int axis) {
    return new Concat(axis).applyOne(xs);
  }

  /** Basic indexing, {@code x[0:2, 1]}: {@code F.getItem(x, Index.slice(0, 2), Index.at(1))}. */
  public static Variable getItem(Variable x, Index... index) {
    return new GetItem(index).applyOne(x);
  }
}
