package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Sums elements so that the result has the given shape, the reverse of broadcasting (Chainer's
 * {@code SumTo}): leading axes are summed away and axes of size 1 in {@code shape} are summed with
 * keepdims.
 *
 * <pre>{@code
 * Variable gb = new SumTo(4).applyOne(g);   // g of shape (3, 4), or F.sumTo(g, 4)
 * }</pre>
 */
public final class SumTo extends FunctionNode {
  private final int[] shape;
  private int[] inShape;

  public SumTo(int... shape) {
    this.shape = Shapes.of("sum_to", shape);
  }

  /** Registered as {@code "sum_to"}; option {@code shape} (int[], required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "sum_to", (o, in) -> new Variable[] {F.sumTo(in[0], Opts.ints(o, "shape"))});
  }

  @Override
  public String label() {
    return "sum_to";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    if (!Shapes.broadcastsTo(shape, in[0].shape())) {
      throw InvalidTypeException.of(
          label(),
          "x",
          0,
          Shapes.str(shape) + " broadcastable to" + " x.shape",
          "x.shape == " + Shapes.str(in[0].shape()));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    inShape = x.shape();
    int lead = inShape.length - shape.length;
    int[] axes = new int[inShape.length];
    int n = 0;
    for (int i = 0; i < inShape.length; i++) {
      if (i < lead || (shape[i - lead] == 1 && inShape[i] != 1)) {
        axes[n++] = i;
      }
    }
    if (n == 0) {
      return new NdArray[] {x.reshape(shape)};
    }
    NdArray s = x.backend().reduce(ReduceOp.SUM, x, java.util.Arrays.copyOf(axes, n), true);
    return new NdArray[] {s.reshape(shape)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.broadcastTo(gy[0], inShape)};
  }
}
