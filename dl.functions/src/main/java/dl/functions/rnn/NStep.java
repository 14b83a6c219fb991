package dl.functions.rnn;

import dl.api.InvalidTypeException;
import dl.api.Shapes;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.array.Index;
import dl.functions.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The layer and time loops shared by the n-step RNNs (Chainer's {@code n_step_rnn_impl}): per layer
 * and direction, the cell runs over the time-major inputs {@code xs[t]} of shape {@code (B_t, I)}
 * with {@code B_t} non-increasing; rows of the state past {@code B_t} are carried unchanged.
 * Dropout applies to the inputs of every layer after the first, drawn per direction.
 */
final class NStep {
  private NStep() {}

  /** One recurrent cell: weights prepared once per layer and direction, then one step. */
  interface Cell {
    /** Weights per cell, in Chainer's order ({@code ws[i].length}). */
    int weights();

    /** Weights and biases rearranged once for the time loop. */
    Variable[] prepare(Variable[] w, Variable[] b);

    /** {@code (h, c)} after one step ({@code c} null for cells without a memory). */
    Variable[] step(Variable x, Variable h, Variable c, Variable[] prepared);
  }

  static NStepOutput run(
      String fn,
      Cell cell,
      int nLayers,
      double dropout,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      boolean bi) {
    int dirs = bi ? 2 : 1;
    check(fn, cell, nLayers, dropout, hx, cx, ws, bs, xs, dirs);
    List<Variable> layerIn = Arrays.asList(xs);
    Variable[] hy = new Variable[nLayers * dirs];
    Variable[] cy = new Variable[nLayers * dirs];
    for (int layer = 0; layer < nLayers; layer++) {
      List<List<Variable>> outs = new ArrayList<>();
      for (int d = 0; d < dirs; d++) {
        // As Chainer: each direction of a layer after the first draws its own dropout mask.
        List<Variable> in = new ArrayList<>(layerIn);
        if (layer > 0 && dropout > 0) {
          in.replaceAll(x -> F.dropout(x, dropout));
        }
        int idx = dirs * layer + d;
        Variable h = F.getItem(hx, Index.at(idx));
        Variable c = cx == null ? null : F.getItem(cx, Index.at(idx));
        Variable[] p = cell.prepare(ws[idx], bs[idx]);
        List<Variable> seq = new ArrayList<>(in);
        if (d == 1) {
          Collections.reverse(seq);
        }
        List<Variable> hs = new ArrayList<>();
        for (Variable x : seq) {
          int batch = x.shape()[0];
          boolean split = h.shape()[0] > batch;
          Variable hRest = split ? F.getItem(h, Index.slice(batch, null)) : null;
          Variable cRest = split && c != null ? F.getItem(c, Index.slice(batch, null)) : null;
          Variable[] hc =
              cell.step(
                  x,
                  split ? F.getItem(h, Index.slice(0, batch)) : h,
                  split && c != null ? F.getItem(c, Index.slice(0, batch)) : c,
                  p);
          hs.add(hc[0]);
          h = split ? F.concat(new Variable[] {hc[0], hRest}, 0) : hc[0];
          c = cRest != null ? F.concat(new Variable[] {hc[1], cRest}, 0) : hc[1];
        }
        if (d == 1) {
          Collections.reverse(hs);
        }
        outs.add(hs);
        hy[idx] = h;
        cy[idx] = c;
      }
      if (bi) {
        List<Variable> next = new ArrayList<>();
        for (int t = 0; t < xs.length; t++) {
          next.add(F.concat(new Variable[] {outs.get(0).get(t), outs.get(1).get(t)}, 1));
        }
        layerIn = next;
      } else {
        layerIn = outs.get(0);
      }
    }
    return new NStepOutput(stack(hy), cx == null ? null : stack(cy), List.copyOf(layerIn));
  }

  private static Variable stack(Variable[] hs) {
    Variable[] e = new Variable[hs.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = F.expandDims(hs[i], 0);
    }
    return e.length == 1 ? e[0] : F.concat(e, 0);
  }

  /** The inputs of a provider call: {@code hx, [cx], ws..., bs..., xs...} regrouped. */
  static NStepOutput fromProvider(
      String fn, Cell cell, Map<String, Object> o, Variable[] in, boolean withC, boolean bi) {
    double ratio = o.get("dropout_ratio") instanceof Number r ? r.doubleValue() : 0.0;
    Object n = o.get("n_layers");
    if (!(n instanceof Number)) {
      throw new IllegalArgumentException(fn + ": option n_layers (int) is required, got " + n);
    }
    int nLayers = ((Number) n).intValue();
    int s = nLayers * (bi ? 2 : 1);
    int k = cell.weights();
    int at = withC ? 2 : 1;
    if (in.length <= at + 2 * s * k) {
      throw new IllegalArgumentException(
          fn
              + ": expected inputs (hx, "
              + (withC ? "cx, " : "")
              + s * k
              + " ws, "
              + s * k
              + " bs, xs...), got "
              + in.length
              + " inputs");
    }
    Variable[][] ws = new Variable[s][];
    Variable[][] bs = new Variable[s][];
    for (int i = 0; i < s; i++) {
      ws[i] = Arrays.copyOfRange(in, at + i * k, at + (i + 1) * k);
      bs[i] = Arrays.copyOfRange(in, at + s * k + i * k, at + s * k + (i + 1) * k);
    }
    Variable[] xs = Arrays.copyOfRange(in, at + 2 * s * k, in.length);
    return run(fn, cell, nLayers, ratio, in[0], withC ? in[1] : null, ws, bs, xs, bi);
  }

  private static void check(
      String fn,
      Cell cell,
      int nLayers,
      double dropout,
      Variable hx,
      Variable cx,
      Variable[][] ws,
      Variable[][] bs,
      Variable[] xs,
      int dirs) {
    if (nLayers < 1 || !(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException(
          fn
              + ": n_layers must be >= 1 and 0 <= dropout_ratio < 1, got "
              + nLayers
              + ", "
              + dropout);
    }
    int s = nLayers * dirs;
    Check.floating(fn, "hx", 0, hx.array());
    Check.ndim(fn, "hx", 0, hx.array(), 3);
    int[] hs = hx.shape();
    if (hs[0] != s) {
      throw InvalidTypeException.of(
          fn, "hx", 0, "hx.shape[0] == n_layers * directions (" + s + ")", Shapes.str(hs));
    }
    int batch = hs[1];
    int units = hs[2];
    if (cx != null) {
      Check.sameDtype(fn, "hx", hx.array(), "cx", 1, cx.array());
    }
    if (cx != null && !Arrays.equals(cx.shape(), hs)) {
      throw InvalidTypeException.of(
          fn, "cx", 1, "cx.shape == hx.shape " + Shapes.str(hs), Shapes.str(cx.shape()));
    }
    if (ws.length != s || bs.length != s) {
      throw InvalidTypeException.of(
          fn, "ws", 2, "len(ws) == len(bs) == " + s, ws.length + " and " + bs.length);
    }
    if (xs.length == 0) {
      throw InvalidTypeException.of(fn, "xs", 4, "at least one time step", "no xs");
    }
    int prev = batch;
    for (int t = 0; t < xs.length; t++) {
      Check.ndim(fn, "xs[" + t + "]", 4, xs[t].array(), 2);
      Check.sameDtype(fn, "hx", hx.array(), "xs[" + t + "]", 4, xs[t].array());
      if (xs[t].shape()[0] > prev || xs[t].shape()[1] != xs[0].shape()[1]) {
        throw InvalidTypeException.of(
            fn,
            "xs[" + t + "]",
            4,
            "shape (B_t, " + xs[0].shape()[1] + ") with B_t <= " + prev + " (non-increasing)",
            Shapes.str(xs[t].shape()));
      }
      prev = xs[t].shape()[0];
    }
    int k = cell.weights();
    for (int i = 0; i < s; i++) {
      int in = i < dirs ? xs[0].shape()[1] : units * dirs;
      if (ws[i].length != k || bs[i].length != k) {
        throw InvalidTypeException.of(
            fn,
            "ws",
            2,
            "ws[" + i + "] and bs[" + i + "] of " + k + " arrays each",
            ws[i].length + " and " + bs[i].length);
      }
      for (int j = 0; j < k; j++) {
        int[] w = {units, j < k / 2 ? in : units};
        if (!Arrays.equals(ws[i][j].shape(), w)) {
          throw InvalidTypeException.of(
              fn,
              "ws",
              2,
              "ws[" + i + "][" + j + "].shape == " + Shapes.str(w),
              Shapes.str(ws[i][j].shape()));
        }
        if (!Arrays.equals(bs[i][j].shape(), new int[] {units})) {
          throw InvalidTypeException.of(
              fn,
              "bs",
              3,
              "bs[" + i + "][" + j + "].shape == (" + units + ")",
              Shapes.str(bs[i][j].shape()));
        }
      }
    }
  }
}
