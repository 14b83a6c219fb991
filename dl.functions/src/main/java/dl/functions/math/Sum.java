package dl.functions.math;

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
 * Sum over axes (Chainer's {@code Sum}); {@code axes == null} sums every axis.
 *
 * <pre>{@code
 * Variable rowSums = new Sum(new int[] {1}, false).applyOne(x);   // or F.sum(x, 1)
 * }</pre>
 */
public final class Sum extends FunctionNode {
  private final int[] requested;
  private final boolean keepdims;
  private int[] axes;
  private int[] inShape;

  /** Sums over {@code axes} (null: all axes), keeping them as size 1 when {@code keepdims}. */
  public Sum(int[] axes, boolean keepdims) {
    this.requested = axes == null ? null : axes.clone();
    this.keepdims = keepdims;
  }

  /**
   * Registered as {@code "sum"}; options {@code axis} (int or int[], default all), {@code
   * keepdims}.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "sum", (o, in) -> new Sum(Opts.ints(o, "axis"), Opts.bool(o, "keepdims", false)).apply(in));
  }

  @Override
  public String label() {
    return "sum";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    Check.axes(label(), "x", 0, requested, in[0].ndim());
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    inShape = in[0].shape();
    axes =
        Shapes.axes(
            label(),
            requested == null ? Shapes.allAxes(inShape.length) : requested,
            inShape.length);
    return new NdArray[] {in[0].backend().reduce(ReduceOp.SUM, in[0], axes, keepdims)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable g = keepdims ? gy[0] : F.reshape(gy[0], Shapes.reduced(inShape, axes, true));
    return new Variable[] {F.broadcastTo(g, inShape)};
  }
}
