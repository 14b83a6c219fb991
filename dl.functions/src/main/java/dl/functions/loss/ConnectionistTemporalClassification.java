package dl.functions.loss;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.activation.LogSoftmax;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Connectionist temporal classification loss (Chainer's {@code
 * connectionist_temporal_classification}, Graves et al. 2006). Inputs: T logit arrays of shape (B,
 * V) then int32 labels t (B, L); {@code blankSymbol} (0 by default in the facade), optional {@code
 * inputLength} and {@code labelLength} (null: T and L). Forward runs the log-space alpha/beta
 * recursion per sequence ({@link CtcLattice}) and keeps {@code softmax - γ}; backward multiplies
 * that constant by the output gradient with differentiable ops, so the gradient is exact and
 * differentiable in gy, but NOT twice differentiable in x (asking for it raises), as in Chainer.
 * {@code reduce "mean"} averages over the batch, {@code "no"} gives (B,).
 *
 * <pre>{@code
 * Variable loss = F.connectionistTemporalClassification(xs, t, 0);   // xs: T arrays (B, V)
 * }</pre>
 */
public final class ConnectionistTemporalClassification extends FunctionNode {
  private final int blank;
  private final int[] inputLength;
  private final int[] labelLength;
  private final boolean mean;
  private NdArray[] grads; // per time step (B, V): ∂loss_b/∂x_t for each sequence b

  public ConnectionistTemporalClassification(
      int blankSymbol, int[] inputLength, int[] labelLength, String reduce) {
    LossOps.reduce("connectionist_temporal_classification", reduce, "mean", "no");
    this.blank = blankSymbol;
    this.inputLength = inputLength == null ? null : inputLength.clone();
    this.labelLength = labelLength == null ? null : labelLength.clone();
    this.mean = "mean".equals(reduce);
  }

  /**
   * Registered as {@code "connectionist_temporal_classification"}; inputs x_0..x_{T-1}, t; options
   * {@code blank_symbol} (0), {@code input_length}, {@code label_length} (int lists), {@code
   * reduce} ("mean").
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "connectionist_temporal_classification",
        (o, in) ->
            new ConnectionistTemporalClassification(
                    Opts.integer(o, "blank_symbol", 0),
                    Opts.ints(o, "input_length"),
                    Opts.ints(o, "label_length"),
                    Opts.string(o, "reduce", "mean"))
                .apply(in));
  }

  @Override
  public String label() {
    return "connectionist_temporal_classification";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    int steps = in.length - 1;
    if (steps < 1) {
      throw new InvalidTypeException(fn + ": needs at least one time step and the labels");
    }
    NdArray t = in[steps];
    Check.dtype(fn, "t", steps, t, DType.INT32);
    Check.ndim(fn, "t", steps, t, 2);
    Check.floating(fn, "x[0]", 0, in[0]);
    Check.ndim(fn, "x[0]", 0, in[0], 2);
    int b = in[0].shape()[0];
    int v = in[0].shape()[1];
    for (int i = 1; i < steps; i++) {
      Check.sameShape(fn, "x[0]", in[0], "x[" + i + "]", i, in[i]);
      Check.sameDtype(fn, "x[0]", in[0], "x[" + i + "]", i, in[i]);
    }
    if (t.shape()[0] != b || blank < 0 || blank >= v) {
      throw InvalidTypeException.of(
          fn,
          "t",
          steps,
          "t.shape[0] == batch " + b + " and 0 <= blank_symbol < " + v,
          "t.shape == " + Shapes.str(t.shape()) + ", blank_symbol == " + blank);
    }
    int l = t.shape()[1];
    for (int i = 0; i < b; i++) {
      int il = inputLength == null ? steps : inputLength[i];
      int ll = labelLength == null ? l : labelLength[i];
      if (il < 1 || il > steps || ll < 0 || ll > l) {
        throw InvalidTypeException.of(
            fn,
            "t",
            steps,
            "1 <= input_length <= " + steps + " and 0 <= label_length <= " + l,
            "sequence " + i + ": input_length " + il + ", label_length " + ll);
      }
    }
    for (int k : t.toIntArray()) {
      if (k < 0 || k >= v) {
        throw InvalidTypeException.of(fn, "t", steps, "0 <= t < " + v, "t contains " + k);
      }
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    int steps = in.length - 1;
    var bk = in[0].backend();
    int b = in[0].shape()[0];
    int v = in[0].shape()[1];
    int l = in[steps].shape()[1];
    int[] t = in[steps].toIntArray();
    double[][] logy = new double[steps][];
    for (int i = 0; i < steps; i++) {
      logy[i] = LogSoftmax.logSoftmax(in[i], 1).toDoubleArray();
    }
    double[][] g = new double[steps][b * v];
    double[] loss = CtcLattice.batch(logy, b, v, t, l, inputLength, labelLength, blank, g);
    DType dt = in[0].dtype();
    int[] keep = new int[steps];
    for (int s = 0; s < steps; s++) {
      keep[s] = s;
    }
    retainInputs(keep); // only so that the gradient node can refuse a second derivative in x
    grads = new NdArray[steps];
    for (int s = 0; s < steps; s++) {
      grads[s] = bk.fromArray(g[s], b, v).astype(dt);
    }
    NdArray out = bk.fromArray(loss, b).astype(dt);
    return new NdArray[] {mean ? out.sum().mul(1.0 / b) : out};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    int b = grads[0].shape()[0];
    Variable scale = mean ? F.mul(gy[0], 1.0 / b) : F.reshape(gy[0], b, 1);
    Variable[] xs = retainedInputs();
    Variable[] gx = new Variable[grads.length + 1];
    for (int i : targets) {
      if (i < grads.length) {
        gx[i] = new CtcGrad(grads[i]).applyOne(F.broadcastTo(scale, grads[i].shape()), xs[i]);
      }
    }
    return gx;
  }
}
