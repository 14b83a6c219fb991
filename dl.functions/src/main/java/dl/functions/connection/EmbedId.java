package dl.functions.connection;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Embedding lookup (Chainer's {@code embed_id}): {@code y[..., :] = W[x[...], :]} for int32 ids
 * {@code x}; ids equal to {@code ignoreLabel} give zero rows and no gradient. Backward scatters
 * {@code gy} into {@code W}'s rows ({@link EmbedIdGrad}), whose backward gathers again.
 *
 * <pre>{@code
 * Variable y = F.embedId(ids, W, -1);   // ids (B, T) int32, W (V, D): y (B, T, D)
 * }</pre>
 */
public final class EmbedId extends FunctionNode {
  private final Integer ignoreLabel;
  private NdArray ids;
  private NdArray mask;

  public EmbedId(Integer ignoreLabel) {
    this.ignoreLabel = ignoreLabel;
  }

  /** Registered as {@code "embed_id"}: inputs {@code x, W}; option {@code ignore_label} (null). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "embed_id",
        (o, in) -> new Variable[] {F.embedId(in[0], in[1], Opts.optInteger(o, "ignore_label"))});
  }

  @Override
  public String label() {
    return "embed_id";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    Check.dtype(fn, "x", 0, in[0], DType.INT32);
    Check.floating(fn, "W", 1, in[1]);
    Check.ndim(fn, "W", 1, in[1], 2);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    int v = in[1].shape()[0];
    int[] id = in[0].toIntArray(); // host copy: ids are small next to the rows they select
    double[] m = new double[id.length];
    boolean any = false;
    for (int i = 0; i < id.length; i++) {
      boolean ignored = ignoreLabel != null && id[i] == ignoreLabel;
      if (!ignored && (id[i] < 0 || id[i] >= v)) {
        throw InvalidTypeException.of(
            label(),
            "x",
            0,
            "0 <= x < W.shape[0] (" + v + ") or x == ignore_label",
            "x == " + id[i]);
      }
      m[i] = ignored ? 0 : 1;
      any |= ignored;
      id[i] = ignored ? 0 : id[i];
    }
    var b = in[1].backend();
    ids = b.fromArray(id, in[0].shape());
    int[] ms = java.util.Arrays.copyOf(in[0].shape(), in[0].ndim() + 1);
    ms[ms.length - 1] = 1;
    mask = any ? b.fromArray(m, ms).astype(in[1].dtype()) : null;
    return new NdArray[] {gather(in[1], ids, mask)};
  }

  static NdArray gather(NdArray w, NdArray ids, NdArray mask) {
    NdArray y = w.backend().take(w, ids, 0);
    return mask == null ? y : y.mul(mask);
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    int[] ws = inputs().get(1).shape();
    Variable[] out = new Variable[2];
    for (int t : targets) {
      if (t == 1) {
        out[1] = new EmbedIdGrad(ids, mask, ws).applyOne(gy[0]);
      }
    }
    return out;
  }
}
