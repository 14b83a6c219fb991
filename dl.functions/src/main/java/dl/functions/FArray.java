package dl.functions;

import dl.api.DType;
import dl.api.Device;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.array.BroadcastTo;
import dl.functions.array.Cast;
import dl.functions.array.Concat;
import dl.functions.array.Copy;
import dl.functions.array.Depth2Space;
import dl.functions.array.Dstack;
import dl.functions.array.ExpandDims;
import dl.functions.array.Flatten;
import dl.functions.array.Flip;
import dl.functions.array.GetItem;
import dl.functions.array.Hstack;
import dl.functions.array.Im2Col;
import dl.functions.array.Index;
import dl.functions.array.Moveaxis;
import dl.functions.array.Pad;
import dl.functions.array.PadSequence;
import dl.functions.array.Permutate;
import dl.functions.array.Repeat;
import dl.functions.array.Reshape;
import dl.functions.array.ResizeImages;
import dl.functions.array.Rollaxis;
import dl.functions.array.ScatterAdd;
import dl.functions.array.SelectItem;
import dl.functions.array.Separate;
import dl.functions.array.Space2Depth;
import dl.functions.array.SplitAxis;
import dl.functions.array.Squeeze;
import dl.functions.array.Stack;
import dl.functions.array.SumTo;
import dl.functions.array.Swapaxes;
import dl.functions.array.Tile;
import dl.functions.array.Transpose;
import dl.functions.array.TransposeSequence;
import dl.functions.array.Vstack;
import dl.functions.array.Where;
import java.util.Arrays;

/**
 * The array manipulation of {@link F}. Users call them as {@code F.name(...)}; the facade is split
 * into one class per category so that each stays small (the generated {@link F} delegates to it).
 * Public only so that method references such as {@code F::relu} link; call through {@code F}.
 */
final class FArray {
  private FArray() {}

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

  /**
   * NumPy indexing, {@code x[0:2, 1]}: {@code F.getItem(x, Index.slice(0, 2), Index.at(1))}; one
   * integer-array or mask entry is allowed: {@code F.getItem(x, Index.all(), Index.array(2, 0))}.
   */
  public static Variable getItem(Variable x, Index... index) {
    return GetItem.apply(x, index);
  }

  /** Element type conversion (itself when already that type): {@code F.cast(x, DType.FLOAT64)}. */
  public static Variable cast(Variable x, DType type) {
    return x.dtype() == type ? x : new Cast(type).applyOne(x);
  }

  /** A copy on a device, gradient copied back: {@code F.copy(x, Device.cpu())}. */
  public static Variable copy(Variable x, Device dst) {
    return new Copy(dst).applyOne(x);
  }

  /** Depth to space blocks, TensorFlow order: {@code F.depth2space(x, 2)}. */
  public static Variable depth2space(Variable x, int r) {
    return Depth2Space.apply(x, r);
  }

  /** Space blocks to depth, TensorFlow order: {@code F.space2depth(x, 2)}. */
  public static Variable space2depth(Variable x, int r) {
    return Space2Depth.apply(x, r);
  }

  /** To one axis: {@code F.flatten(x)}. */
  public static Variable flatten(Variable x) {
    return Flatten.apply(x);
  }

  /** Reversed along an axis: {@code F.flip(x, 1)}. */
  public static Variable flip(Variable x, int axis) {
    return new Flip(axis).applyOne(x);
  }

  /** Horizontal join (axis 1, or 0 for 1-d): {@code F.hstack(new Variable[] {a, b})}. */
  public static Variable hstack(Variable[] xs) {
    return Hstack.apply(xs);
  }

  /** Vertical join after atleast_2d: {@code F.vstack(new Variable[] {a, b})}. */
  public static Variable vstack(Variable[] xs) {
    return Vstack.apply(xs);
  }

  /** Depth-wise join after atleast_3d: {@code F.dstack(new Variable[] {a, b})}. */
  public static Variable dstack(Variable[] xs) {
    return Dstack.apply(xs);
  }

  /** Moves an axis: {@code F.moveaxis(x, 0, -1)}. */
  public static Variable moveaxis(Variable x, int source, int destination) {
    return Moveaxis.apply(x, source, destination);
  }

  /** Moves several axes: {@code F.moveaxis(x, new int[] {0, 1}, new int[] {-1, -2})}. */
  public static Variable moveaxis(Variable x, int[] source, int[] destination) {
    return Moveaxis.apply(x, source, destination);
  }

  /**
   * Pads with a constant: {@code F.pad(x, new int[] {1}, "constant", 0)}; modes edge, reflect and
   * symmetric too. The gradient of border copies flows into their sources (the true derivative;
   * Chainer 7.8.1 drops it).
   */
  public static Variable pad(Variable x, int[] padWidth, String mode, double constantValues) {
    return Pad.apply(x, padWidth, mode, constantValues);
  }

  /** Pads in a mode (constant value 0): {@code F.pad(x, 2, "reflect")}. */
  public static Variable pad(Variable x, int padWidth, String mode) {
    return Pad.apply(x, new int[] {padWidth}, mode, 0);
  }

  /** Sequences padded with 0 to the longest and stacked: {@code F.padSequence(xs)}. */
  public static Variable padSequence(Variable[] xs) {
    return PadSequence.apply(xs, null, 0);
  }

  /** Padded to {@code length} (null: longest) with a value: {@code F.padSequence(xs, 5, -1)}. */
  public static Variable padSequence(Variable[] xs, Integer length, double padding) {
    return PadSequence.apply(xs, length, padding);
  }

  /** Slices permuted along an axis: {@code F.permutate(x, idx, 0, false)}. */
  public static Variable permutate(Variable x, NdArray indices, int axis, boolean inv) {
    return Permutate.apply(x, indices, axis, inv);
  }

  /** Each element repeated along an axis: {@code F.repeat(x, 2, 0)}. */
  public static Variable repeat(Variable x, int repeats, int axis) {
    return Repeat.apply(x, new int[] {repeats}, axis);
  }

  /** Per-element repeats (axis null: flattened): {@code F.repeat(x, new int[] {1, 2}, 0)}. */
  public static Variable repeat(Variable x, int[] repeats, Integer axis) {
    return Repeat.apply(x, repeats, axis);
  }

  /** Bilinear resize, corners aligned: {@code F.resizeImages(x, 4, 6)}. */
  public static Variable resizeImages(Variable x, int outH, int outW) {
    return ResizeImages.apply(x, outH, outW, true);
  }

  /** Bilinear resize: {@code F.resizeImages(x, 4, 6, false)}. */
  public static Variable resizeImages(Variable x, int outH, int outW, boolean alignCorners) {
    return ResizeImages.apply(x, outH, outW, alignCorners);
  }

  /**
   * Resize in Chainer's {@code mode} ("bilinear" or "nearest"; nearest ignores {@code
   * alignCorners}): {@code F.resizeImages(x, 4, 6, "nearest", true)}.
   */
  public static Variable resizeImages(
      Variable x, int outH, int outW, String mode, boolean alignCorners) {
    return ResizeImages.apply(x, outH, outW, mode, alignCorners);
  }

  /** Rolls an axis to position 0: {@code F.rollaxis(x, 2)}. */
  public static Variable rollaxis(Variable x, int axis) {
    return Rollaxis.apply(x, axis, 0);
  }

  /** Rolls an axis to lie before {@code start}: {@code F.rollaxis(x, 2, 1)}. */
  public static Variable rollaxis(Variable x, int axis, int start) {
    return Rollaxis.apply(x, axis, start);
  }

  /** {@code a} with {@code b} added at an index: {@code F.scatterAdd(a, idx, b)}. */
  public static Variable scatterAdd(Variable a, Index[] slices, Variable b) {
    return ScatterAdd.apply(a, slices, b);
  }

  /** {@code x[i, t[i]]}: {@code F.selectItem(x, t)}. */
  public static Variable selectItem(Variable x, Variable t) {
    return new SelectItem().applyOne(x, t);
  }

  /** Slices along axis 0: {@code F.separate(x)}. */
  public static Variable[] separate(Variable x) {
    return Separate.apply(x, 0);
  }

  /** Slices along an axis: {@code F.separate(x, 1)}. */
  public static Variable[] separate(Variable x, int axis) {
    return Separate.apply(x, axis);
  }

  /** Equal parts along an axis: {@code F.splitAxis(x, 2, 1)}. */
  public static Variable[] splitAxis(Variable x, int sections, int axis) {
    return SplitAxis.sections(x, sections, axis);
  }

  /** Parts at split points: {@code F.splitAxis(x, new int[] {1, 3}, 1)}. */
  public static Variable[] splitAxis(Variable x, int[] indices, int axis) {
    return SplitAxis.indices(x, indices, axis);
  }

  /** Stacked along a new axis 0: {@code F.stack(new Variable[] {a, b})}. */
  public static Variable stack(Variable[] xs) {
    return Stack.apply(xs, 0);
  }

  /** Stacked along a new axis: {@code F.stack(new Variable[] {a, b}, 1)}. */
  public static Variable stack(Variable[] xs, int axis) {
    return Stack.apply(xs, axis);
  }

  /** Two axes exchanged: {@code F.swapaxes(x, 0, 1)}. */
  public static Variable swapaxes(Variable x, int axis1, int axis2) {
    return Swapaxes.apply(x, axis1, axis2);
  }

  /** The array repeated as a whole per axis: {@code F.tile(x, 2, 1)}. */
  public static Variable tile(Variable x, int... reps) {
    return Tile.apply(x, reps);
  }

  /** Sequences (decreasing lengths) transposed to time steps: {@code F.transposeSequence(xs)}. */
  public static Variable[] transposeSequence(Variable[] xs) {
    return TransposeSequence.apply(xs);
  }

  /** {@code condition ? x : y} elementwise: {@code F.where(cond, x, y)}. */
  public static Variable where(Variable condition, Variable x, Variable y) {
    return new Where().applyOne(condition, x, y);
  }

  /**
   * Image patches as channels, Chainer's {@code im2col}: {@code F.im2col(x, 3, 1, 1)} (ksize,
   * stride, pad).
   */
  public static Variable im2col(Variable x, int ksize, int stride, int pad) {
    return Im2Col.apply(x, ksize, ksize, stride, stride, pad, pad, false, 1, 1);
  }

  /** im2col with every option: {@code F.im2col(x, 3, 3, 2, 2, 1, 1, true, 1, 1)}. */
  public static Variable im2col(
      Variable x,
      int kh,
      int kw,
      int sy,
      int sx,
      int ph,
      int pw,
      boolean coverAll,
      int dy,
      int dx) {
    return Im2Col.apply(x, kh, kw, sy, sx, ph, pw, coverAll, dy, dx);
  }
}
