package dl.functions.rnn;

import dl.api.Variable;
import java.util.List;

/**
 * What the n-step RNNs return (Chainer's {@code (hy, cy, ys)}): the last hidden states of every
 * layer and direction, the last cell states (LSTMs only) and the last layer's outputs per time
 * step.
 *
 * <pre>{@code
 * NStepOutput out = F.nStepLstm(2, 0.0, hx, cx, ws, bs, xs);
 * Variable top = out.ys().get(out.ys().size() - 1);
 * }</pre>
 *
 * @param hy hidden states, shape {@code (n_layers * directions, B, N)}
 * @param cy cell states of the same shape, or null for GRUs and plain RNNs
 * @param ys outputs per time step, {@code ys[t]} of shape {@code (B_t, N * directions)}
 */
public record NStepOutput(Variable hy, Variable cy, List<Variable> ys) {
  /** As a flat array {@code hy, [cy], ys...} (the provider's outputs). */
  public Variable[] toArray() {
    int k = cy == null ? 1 : 2;
    Variable[] out = new Variable[k + ys.size()];
    out[0] = hy;
    if (cy != null) {
      out[1] = cy;
    }
    for (int i = 0; i < ys.size(); i++) {
      out[k + i] = ys.get(i);
    }
    return out;
  }
}
