package dl.links;

import dl.api.Chain;
import dl.api.Initializer;
import dl.api.NdArray;
import dl.api.Variable;
import dl.functions.F;
import dl.functions.array.Index;
import dl.links.initializers.Constant;

/**
 * What Chainer's LSTM links share ({@code LSTMBase}): {@code upward} (x → 4·out, with bias) and
 * {@code lateral} (h → 4·out, no bias), and the cell step of {@code F.lstm} with its gates
 * interleaved per unit as {@code (a, i, f, o)}: with {@code z} reshaped to {@code (n, out, 4)},
 * {@code a = tanh(z[..,0]), i = σ(z[..,1]), f = σ(z[..,2]), o = σ(z[..,3])}, {@code c' = a·i +
 * f·c}, {@code h' = o·tanh(c')}. The upward bias starts at {@code bias_init} (0) for a, i, o and
 * {@code forget_bias_init} (1) for f.
 */
abstract class LstmBase extends Chain {
  public final Linear upward;
  public final Linear lateral;

  final int inSize;
  final int outSize;
  final Initializer lateralInit;
  final Initializer upwardInit;
  final double biasInit;
  final double forgetBiasInit;

  LstmBase(
      int inSize,
      int outSize,
      Initializer lateralInit,
      Initializer upwardInit,
      double biasInit,
      double forgetBiasInit) {
    if (outSize <= 0 || inSize == 0 || inSize < -1) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": sizes must be positive (in_size -1 for lazy), got in_size="
              + inSize
              + ", out_size="
              + outSize);
    }
    this.inSize = inSize;
    this.outSize = outSize;
    this.lateralInit = lateralInit;
    this.upwardInit = upwardInit;
    this.biasInit = biasInit;
    this.forgetBiasInit = forgetBiasInit;
    Linear.Builder up = Linear.builder(4 * outSize).initialBias(this::bias);
    if (inSize > 0) {
      up.inSize(inSize);
    }
    if (upwardInit != null) {
      up.initialW(upwardInit);
    }
    Linear.Builder lat = Linear.builder(4 * outSize).inSize(outSize).nobias();
    if (lateralInit != null) {
      lat.initialW(lateralInit);
    }
    upward = addLink("upward", up.build());
    lateral = addLink("lateral", lat.build());
  }

  /**
   * The upward bias: forget_bias_init at the f gate of each unit (index 4k + 2), else bias_init.
   */
  private NdArray bias(int[] shape, dl.api.DType dtype, dl.api.Backend backend) {
    double[] v = new double[shape[0]];
    for (int k = 0; k < v.length; k++) {
      v[k] = k % 4 == 2 ? forgetBiasInit : biasInit;
    }
    return new Constant(backend.fromArray(v, v.length)).generate(shape, dtype, backend);
  }

  /** Gate {@code k} of {@code z} reshaped to {@code (n, out, 4)}. */
  static Variable gate(Variable z4, int k) {
    return F.getItem(z4, Index.all(), Index.all(), Index.at(k));
  }

  /** {@code {c', h'}} from the pre-activations {@code z} (n, 4·out) and the previous cell. */
  Variable[] cell(Variable c, Variable z) {
    Variable z4 = F.reshape(z, z.shape()[0], outSize, 4);
    Variable a = F.tanh(gate(z4, 0));
    Variable i = F.sigmoid(gate(z4, 1));
    Variable f = F.sigmoid(gate(z4, 2));
    Variable o = F.sigmoid(gate(z4, 3));
    Variable cNew = c == null ? F.mul(a, i) : F.add(F.mul(a, i), F.mul(f, c));
    return new Variable[] {cNew, F.mul(o, F.tanh(cNew))};
  }
}
