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
 * Maximum ({@code MAX}) or minimum ({@code MIN}) over axes (Chainer's {@code Max}/{@code Min}). The
 * gradient flows to the positions equal to the result; with ties every tied position gets the full
 * gradient, as in Chainer.
 *
 * <pre>{@code
 * Variable m = new Max(ReduceOp.MAX, new int[] {1}, false).applyOne(x);   // or F.max(x, 1)
 * }</pre>
 */
public final class Max extends FunctionNode {
  private final ReduceOp op;
  private final int[] requested;
  private final boolean keepdims;
  private int[] axes;

  /** {@code op} is {@link ReduceOp#MAX} or {@link ReduceOp#MIN}; null axes reduce all. */
  public Max(ReduceOp op, int[] axes, boolean keepdims) {
    if (op != ReduceOp.MAX && op != ReduceOp.MIN) {
      throw new IllegalArgumentException("max/min: op must be MAX or MIN, got " + op);
    }
    this.op = op;
    this.requested = axes == null ? null : axes.clone();
    this.keepdims = keepdims;
  }

  /**
   * Registered as {@code "max"}; options {@code axis} (int or int[], default all), {@code
   * keepdims}.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "max",
        (o, in) ->
            new Max(ReduceOp.MAX, Opts.ints(o, "axis"), Opts.bool(o, "keepdims", false)).apply(in));
  }

  /** Registered as {@code "min"} with the options of {@code "max"}. */
  public static FunctionProvider minProvider() {
    return Opts.provider(
        "min",
        (o, in) ->
            new Max(ReduceOp.MIN, Opts.ints(o, "axis"), Opts.bool(o, "keepdims", false)).apply(in));
  }

  @Override
  public String label() {
    return op == ReduceOp.MAX ? "max" : "min";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.axes(label(), "x", 0, requested, in[0].ndim());
    if (in[0].size() == 0) {
      throw dl.api.InvalidTypeException.of(label(), "x", 0, "x.size > 0", "x.size == 0");
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    int[] shape = in[0].shape();
    axes =
        Shapes.axes(
            label(), requested == null ? Shapes.allAxes(shape.length) : requested, shape.length);
    retainInputs(0);
    retainOutputs(0);
    return new NdArray[] {in[0].backend().reduce(op, in[0], axes, keepdims)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    NdArray x = retainedInputs()[0].array();
    int[] kept = Shapes.reduced(x.shape(), axes, true);
    NdArray y = retainedOutputs()[0].array().reshape(kept);
    // A constant 0/1 mask of the selected positions: the derivative is piecewise constant.
    NdArray mask = x.backend().binary(BinaryOp.EQ, x, y);
    Variable g = F.broadcastTo(F.reshape(gy[0], kept), x.shape());
    return new Variable[] {F.mul(g, Variable.constant(mask))};
  }
}
