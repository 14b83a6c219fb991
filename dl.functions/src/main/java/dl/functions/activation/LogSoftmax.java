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
 * Log of the softmax along an axis (Chainer's {@code LogSoftmax}, axis 1 by default): {@code x -
 * max - log Σ exp(x - max)}, stable for large inputs.
 *
 * <pre>{@code
 * Variable logp = new LogSoftmax(1).applyOne(logits);   // or F.logSoftmax(logits)
 * }</pre>
 */
public final class LogSoftmax extends FunctionNode {
  private final int requested;
  private int axis;

  public LogSoftmax(int axis) {
    this.requested = axis;
  }

  /** Registered as {@code "log_softmax"}; option {@code axis} (int, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "log_softmax", (o, in) -> new LogSoftmax(Opts.integer(o, "axis", 1)).apply(in));
  }

  @Override
  public String label() {
    return "log_softmax";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.axis(label(), "x", 0, requested, in[0].ndim());
  }

  /** {@code x - logsumexp(x)} along {@code axis}; shared with softmax cross entropy. */
  public static NdArray logSoftmax(NdArray x, int axis) {
    var b = x.backend();
    int[] ax = {axis};
    NdArray shifted = b.binary(BinaryOp.SUB, x, b.reduce(ReduceOp.MAX, x, ax, true));
    NdArray lse = b.reduce(ReduceOp.SUM, shifted.exp(), ax, true).log();
    b.binaryInto(BinaryOp.SUB, shifted, lse);
    return shifted;
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    axis = dl.api.Shapes.axis(label(), requested, in[0].ndim());
    retainOutputs(0);
    return new NdArray[] {logSoftmax(in[0], axis)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable y = retainedOutputs()[0];
    // gx = gy - softmax·Σ gy along the axis, with softmax = exp(y).
    Variable s = F.broadcastTo(F.sum(gy[0], new int[] {axis}, true), y.shape());
    return new Variable[] {F.sub(gy[0], F.mul(F.exp(y), s))};
  }
}
