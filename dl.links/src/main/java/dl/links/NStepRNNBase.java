package dl.links;

import dl.api.ChainList;
import dl.api.Initializer;
import dl.api.InvalidTypeException;
import dl.api.Link;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.rnn.NStepOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The shared machinery of the n-step RNN links (Chainer's {@code NStepRNNBase}): one child per
 * layer and direction, {@code /0, /1, ...} (for bidirectional links {@code 2·layer + direction}),
 * each holding Chainer's {@code w0, w1, ..., b0, b1, ...}; a call takes a list of variable-length
 * sequences {@code xs[i] (T_i, inSize)} in any order, sorts them by length, transposes them to
 * time-major, runs the n-step function and restores the order of {@code ys} and of the batch axis
 * of {@code hy}/{@code cy}. A null {@code hx}/{@code cx} is zero. Dropout applies to the inputs of
 * every layer after the first, in training only.
 *
 * <p>Hyperparameters: {@code nLayers}, {@code inSize}, {@code outSize}, {@code dropout} — required;
 * {@code initialW} — {@code Normal(√(1/in))} per matrix; {@code initialBias} — 0.
 */
public abstract class NStepRNNBase extends ChainList {
  final int nLayers;
  final int inSize;
  final int outSize;
  final double dropout;
  final Initializer initialW;
  final Initializer initialBias;
  private final int directions;

  NStepRNNBase(
      int nLayers,
      int inSize,
      int outSize,
      double dropout,
      Initializer initialW,
      Initializer initialBias,
      int nWeights,
      boolean bi) {
    if (nLayers < 1 || inSize < 1 || outSize < 1 || !(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": n_layers, in_size and out_size must be positive and 0 <= dropout < 1, got "
              + nLayers
              + ", "
              + inSize
              + ", "
              + outSize
              + ", "
              + dropout);
    }
    this.nLayers = nLayers;
    this.inSize = inSize;
    this.outSize = outSize;
    this.dropout = dropout;
    this.initialW = initialW;
    this.initialBias = initialBias;
    this.directions = bi ? 2 : 1;
    for (int l = 0; l < nLayers; l++) {
      for (int d = 0; d < directions; d++) {
        add(
            new RnnWeights(
                nWeights, l == 0 ? inSize : outSize * directions, outSize, initialW, initialBias));
      }
    }
  }

  public int nLayers() {
    return nLayers;
  }

  public int outSize() {
    return outSize;
  }

  /** Runs the n-step function on time-major inputs. */
  abstract NStepOutput rnn(
      Variable hx, Variable cx, Variable[][] ws, Variable[][] bs, Variable[] xs);

  @Override
  protected Variable forward(Variable... inputs) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName()
            + " "
            + path()
            + ": call it with (hx, [cx,] List<Variable> xs); it returns (hy, [cy,] ys)");
  }

  /** The sorted, transposed call and the order restored (Chainer's {@code forward}). */
  NStepOutput run(Variable hx, Variable cx, List<Variable> xs) {
    if (xs == null || xs.isEmpty()) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + " " + path() + ": xs must hold at least one sequence");
    }
    int batch = xs.size();
    for (int i = 0; i < batch; i++) {
      Variable x = xs.get(i);
      if (x.array() == null || x.ndim() != 2 || x.shape()[1] != inSize || x.shape()[0] < 1) {
        throw new InvalidTypeException(
            getClass().getSimpleName()
                + " "
                + path()
                + ": invalid xs["
                + i
                + "]\nExpect: shape (T >= 1, in_size = "
                + inSize
                + ")\nActual: "
                + (x.array() == null ? "no data" : "shape " + dl.api.Shapes.str(x.shape())));
      }
    }
    Integer[] order = new Integer[batch];
    for (int i = 0; i < batch; i++) {
      order[i] = i;
    }
    // longest first, ties in their original order
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -xs.get(i).shape()[0]));
    int[] idx = new int[batch];
    Variable[] sorted = new Variable[batch];
    for (int i = 0; i < batch; i++) {
      idx[i] = order[i];
      sorted[i] = xs.get(order[i]);
    }
    NdArray x0 = sorted[0].array();
    NdArray indices = NdArrays.of(idx, batch).toDevice(x0.device());
    int[] stateShape = {nLayers * directions, batch, outSize};
    Variable h = state(hx, "hx", stateShape, x0, indices);
    Variable c = usesCell() ? state(cx, "cx", stateShape, x0, indices) : null;
    Variable[][] ws = new Variable[size()][];
    Variable[][] bs = new Variable[size()][];
    for (int k = 0; k < size(); k++) {
      RnnWeights rw = (RnnWeights) get(k);
      ws[k] = rw.w;
      bs[k] = rw.b;
    }
    NStepOutput out = rnn(h, c, ws, bs, F.transposeSequence(sorted));
    Variable[] ys = F.transposeSequence(out.ys().toArray(new Variable[0]));
    Variable[] restored = new Variable[batch];
    for (int i = 0; i < batch; i++) {
      restored[idx[i]] = ys[i];
    }
    return new NStepOutput(
        F.permutate(out.hy(), indices, 1, true),
        out.cy() == null ? null : F.permutate(out.cy(), indices, 1, true),
        List.copyOf(new ArrayList<>(Arrays.asList(restored))));
  }

  /** Whether the cell has a memory ({@code cx}); LSTMs only. */
  boolean usesCell() {
    return false;
  }

  private Variable state(Variable s, String name, int[] shape, NdArray like, NdArray indices) {
    if (s == null) {
      return Variable.constant(like.backend().full(shape, 0, like.dtype()));
    }
    if (!Arrays.equals(s.shape(), shape)) {
      throw new InvalidTypeException(
          getClass().getSimpleName()
              + " "
              + path()
              + ": invalid "
              + name
              + "\nExpect: "
              + name
              + ".shape == "
              + dl.api.Shapes.str(shape)
              + "\nActual: "
              + name
              + ".shape == "
              + dl.api.Shapes.str(s.shape()));
    }
    return F.permutate(s, indices, 1, false);
  }

  static Variable[] toArray(List<Variable> xs) {
    return xs.toArray(new Variable[0]);
  }

  @Override
  protected abstract Link newLike();
}
