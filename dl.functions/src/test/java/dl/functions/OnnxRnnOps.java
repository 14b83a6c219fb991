package dl.functions;

import dl.api.Variable;
import dl.functions.array.Index;
import dl.functions.rnn.NStepOutput;
import java.util.List;

/**
 * ONNX's LSTM, GRU and RNN operators run with Chainer's n-step functions: ONNX's stacked gate
 * blocks (LSTM {@code i, o, f, c}; GRU {@code z, r, h}) are sliced into Chainer's per-gate weight
 * lists, {@code B = [Wb, Rb]} into the input- and hidden-side biases.
 */
final class OnnxRnnOps {
  private OnnxRnnOps() {}

  /** ONNX's LSTM blocks i, o, f, c as Chainer's order i, f, c, o (input side, then hidden). */
  private static final int[] LSTM_BLOCKS = {0, 2, 3, 1};

  /** ONNX's GRU blocks z, r, h as Chainer's order r, z, h. */
  private static final int[] GRU_BLOCKS = {1, 0, 2};

  private static final int[] RNN_BLOCKS = {0};

  static Variable[] lstm(OnnxNodeRun c) {
    c.require(!c.has(7), "peepholes");
    c.require(c.i("input_forget", 0) == 0, "input_forget");
    return run(c, "lstm", LSTM_BLOCKS, List.of("Sigmoid", "Tanh", "Tanh"));
  }

  static Variable[] gru(OnnxNodeRun c) {
    c.require(
        c.i("linear_before_reset", 0) != 0,
        "linear_before_reset=0 (Chainer's GRU resets after the recurrent linear)");
    return run(c, "gru", GRU_BLOCKS, List.of("Sigmoid", "Tanh"));
  }

  static Variable[] rnn(OnnxNodeRun c) {
    String act = "tanh";
    var a = c.node.attribute("activations");
    if (a != null) {
      c.require(a.strings().size() == 1, "activations " + a.strings());
      act = a.strings().get(0).toLowerCase(java.util.Locale.ROOT);
      c.require(act.equals("tanh") || act.equals("relu"), "activation " + act);
    }
    return run(c, act, RNN_BLOCKS, null);
  }

  private static Variable[] run(OnnxNodeRun c, String cell, int[] blocks, List<String> acts) {
    c.require(c.node.attribute("clip") == null, "clip");
    c.require(c.node.stringAttr("direction", "forward").equals("forward"), "direction");
    var a = c.node.attribute("activations");
    c.require(a == null || acts == null || a.strings().equals(acts), "activations");
    boolean batchFirst = c.i("layout", 0) != 0;
    Variable x = c.x(0);
    int seq = x.shape()[batchFirst ? 1 : 0];
    int batch = x.shape()[batchFirst ? 0 : 1];
    int h = (int) c.i("hidden_size", 0);
    if (c.has(4)) {
      for (int len : c.ints(4)) {
        c.require(len == seq, "sequence_lens shorter than the sequence (padded batch)");
      }
    }
    int k = blocks.length;
    Variable[][] ws = new Variable[1][2 * k];
    Variable[][] bs = new Variable[1][2 * k];
    for (int g = 0; g < k; g++) {
      ws[0][g] = block(c.x(1), blocks[g], h);
      ws[0][k + g] = block(c.x(2), blocks[g], h);
      bs[0][g] = c.has(3) ? bias(c.x(3), blocks[g], h) : zeros(c, h);
      bs[0][k + g] = c.has(3) ? bias(c.x(3), blocks[g] + k, h) : zeros(c, h);
    }
    Variable hx = c.has(5) ? c.x(5) : zeros(c, 1, batch, h);
    Variable[] xs = new Variable[seq];
    for (int t = 0; t < seq; t++) {
      xs[t] = batchFirst ? F.getItem(x, Index.all(), Index.at(t)) : F.getItem(x, Index.at(t));
    }
    NStepOutput out =
        switch (cell) {
          case "lstm" ->
              F.nStepLstm(1, 0, hx, c.has(6) ? c.x(6) : zeros(c, 1, batch, h), ws, bs, xs);
          case "gru" -> F.nStepGru(1, 0, hx, ws, bs, xs);
          default -> F.nStepRnn(1, 0, hx, ws, bs, xs, cell);
        };
    Variable[] steps = new Variable[seq];
    for (int t = 0; t < seq; t++) {
      steps[t] = F.reshape(out.ys().get(t), 1, 1, batch, h);
    }
    Variable y = seq == 1 ? steps[0] : F.concat(steps, 0);
    Variable hy = out.hy();
    Variable cy = out.cy();
    if (batchFirst) {
      y = F.transpose(y, 2, 0, 1, 3);
      hy = F.transpose(hy, 1, 0, 2);
      cy = cy == null ? null : F.transpose(cy, 1, 0, 2);
    }
    return cy == null ? new Variable[] {y, hy} : new Variable[] {y, hy, cy};
  }

  /** Rows {@code [b·h, (b+1)·h)} of direction 0 of an ONNX weight {@code (dirs, G·h, in)}. */
  private static Variable block(Variable w, int b, int h) {
    return F.getItem(w, Index.at(0), Index.slice(b * h, (b + 1) * h));
  }

  private static Variable bias(Variable bias, int b, int h) {
    return F.getItem(bias, Index.at(0), Index.slice(b * h, (b + 1) * h));
  }

  private static Variable zeros(OnnxNodeRun c, int... shape) {
    Variable x = c.x(0);
    return Variable.constant(c.backend.zeros(shape, x.dtype()));
  }
}
