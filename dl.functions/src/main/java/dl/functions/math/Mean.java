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
 * Mean over axes (Chainer's {@code F.mean}/{@code average} without weights); {@code axes == null}
 * averages every axis.
 *
 * <pre>{@code
 * Variable m = new Mean(null, false).applyOne(x);   // or F.mean(x)
 * }</pre>
 */
public final class Mean extends FunctionNode {
  private final int[] requested;
  private final boolean keepdims;
  private int[] axes;
  private int[] inShape;
  private double scale;

  /** Averages over {@code axes} (null: all axes), keeping them as size 1 when {@code keepdims}. */
  public Mean(int[] axes, boolean keepdims) {
    this.requested = axes == null ? null : axes.clone();
    this.keepdims = keepdims;
  }

  /**
   * Registered as {@code "mean"}; options {@code axis} (int or int[], default all), {@code
   * keepdims}.
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "mean",
        (o, in) -> new Mean(Opts.ints(o, "axis"), Opts.bool(o, "keepdims", false)).apply(in));
  }

  @Override
  public String label() {
    return "mean";
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
    long n = 1;
    for (int a : axes) {
      n *= inShape[a];
    }
    scale = 1.0 / n;
    NdArray s = in[0].backend().reduce(ReduceOp.SUM, in[0], axes, keepdims);
    return new NdArray[] {s.mul(scale)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable g = keepdims ? gy[0] : F.reshape(gy[0], Shapes.reduced(inShape, axes, true));
    return new Variable[] {F.broadcastTo(F.mul(g, scale), inShape)};
  }
}
