package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * {@code log(Σ exp(x))} over axes, computed stably by subtracting the maximum (Chainer's {@code
 * LogSumExp}); {@code axes == null} reduces every axis.
 *
 * <pre>{@code
 * Variable y = new LogSumExp(new int[] {1}).applyOne(x);   // or F.logsumexp(x, 1)
 * }</pre>
 */
public final class LogSumExp extends FunctionNode {
  private final int[] requested;
  private int[] axes;

  public LogSumExp(int[] axes) {
    this.requested = axes == null ? null : axes.clone();
  }

  /** Registered as {@code "logsumexp"}; option {@code axis} (int or int[], default all). */
  public static FunctionProvider provider() {
    return Opts.provider("logsumexp", (o, in) -> new LogSumExp(Opts.ints(o, "axis")).apply(in));
  }

  @Override
  public String label() {
    return "logsumexp";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.axes(label(), "x", 0, requested, in[0].ndim());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    axes = Shapes.axes(label(), requested == null ? Shapes.allAxes(x.ndim()) : requested, x.ndim());
    retainInputs(0);
    retainOutputs(0);
    var b = x.backend();
    NdArray m = b.reduce(ReduceOp.MAX, x, axes, true);
    NdArray s = b.reduce(ReduceOp.SUM, b.binary(BinaryOp.SUB, x, m).exp(), axes, true).log();
    b.binaryInto(BinaryOp.ADD, s, m);
    return new NdArray[] {s.reshape(Shapes.reduced(x.shape(), axes, false))};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    Variable y = retainedOutputs()[0];
    int[] kept = Shapes.reduced(x.shape(), axes, true);
    // d/dx = softmax(x) = exp(x - y), written with functions so it differentiates again.
    Variable p = F.exp(F.sub(x, F.broadcastTo(F.reshape(y, kept), x.shape())));
    return new Variable[] {F.mul(F.broadcastTo(F.reshape(gy[0], kept), x.shape()), p)};
  }
}
