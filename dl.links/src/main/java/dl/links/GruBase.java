package dl.links;

import dl.api.Chain;
import dl.api.Initializer;
import dl.api.Variable;
import dl.functions.F;

/**
 * What Chainer's GRU links share ({@code GRUBase}): input maps {@code W_r, W_z, W} (in → out) and
 * hidden maps {@code U_r, U_z, U} (out → out), all with biases. Chainer's convention (which differs
 * from n_step_gru and PyTorch): {@code r = σ(W_r x + U_r h)}, {@code z = σ(W_z x + U_z h)}, {@code
 * h̄ = tanh(W x + U(r·h))}, {@code h' = z·h̄ + (1 − z)·h}.
 */
abstract class GruBase extends Chain {
  public final Linear W_r;
  public final Linear U_r;
  public final Linear W_z;
  public final Linear U_z;
  public final Linear W;
  public final Linear U;

  final int inSize;
  final int outSize;
  final Initializer init;
  final Initializer innerInit;
  final Initializer biasInit;

  GruBase(int inSize, int outSize, Initializer init, Initializer innerInit, Initializer biasInit) {
    if (inSize <= 0 || outSize <= 0) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": sizes must be positive, got in_size="
              + inSize
              + ", out_size="
              + outSize);
    }
    this.inSize = inSize;
    this.outSize = outSize;
    this.init = init;
    this.innerInit = innerInit;
    this.biasInit = biasInit;
    W_r = addLink("W_r", layer(inSize, init));
    U_r = addLink("U_r", layer(outSize, innerInit));
    W_z = addLink("W_z", layer(inSize, init));
    U_z = addLink("U_z", layer(outSize, innerInit));
    W = addLink("W", layer(inSize, init));
    U = addLink("U", layer(outSize, innerInit));
  }

  private Linear layer(int in, Initializer w) {
    Linear.Builder b = Linear.builder(outSize).inSize(in);
    if (w != null) {
      b.initialW(w);
    }
    if (biasInit != null) {
      b.initialBias(biasInit);
    }
    return b.build();
  }

  /** One step from a known {@code h}. */
  Variable gru(Variable h, Variable x) {
    Variable r = F.sigmoid(F.add(W_r.call(x), U_r.call(h)));
    Variable z = F.sigmoid(F.add(W_z.call(x), U_z.call(h)));
    Variable hBar = F.tanh(F.add(W.call(x), U.call(F.mul(r, h))));
    return F.add(F.mul(z, hBar), F.mul(F.rsub(1.0, z), h));
  }
}
