package dl.functions.activation;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Softmax along an axis (Chainer's {@code Softmax}, axis 1 by default), computed with the maximum
 * subtracted for stability.
 *
 * <pre>{@code
 * Variable p = new Softmax(1).applyOne(logits);   // or F.softmax(logits)
 * }</pre>
 */
public final class Softmax extends FunctionNode {
  private final int requested;
  private int axis;

  public Softmax(int axis) {
    this.requested = axis;
  }

  /** Registered as {@code "softmax"}; option {@code axis} (int, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider("softmax", (o, in) -> new Softmax(Opts.integer(o, "axis", 1)).apply(in));
  }

  @Override
  public String label() {
    return "softmax";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.axis(label(), "x", 0, requested, in[0].ndim());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    axis = dl.api.Shapes.axis(label(), requested, x.ndim());
    var b = x.backend();
    int[] ax = {axis};
    NdArray e = b.binary(BinaryOp.SUB, x, b.reduce(ReduceOp.MAX, x, ax, true)).exp();
    b.binaryInto(BinaryOp.DIV, e, b.reduce(ReduceOp.SUM, e, ax, true));
    retainOutputs(0);
    return new NdArray[] {e};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable y = retainedOutputs()[0];
    // gx = y·gy - y·Σ(y·gy) along the axis.
    Variable ygy = F.mul(y, gy[0]);
    Variable s = F.broadcastTo(F.sum(ygy, new int[] {axis}, true), y.shape());
    return new Variable[] {F.sub(ygy, F.mul(y, s))};
  }
}
