package dl.functions.array;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Broadcasts an array to a shape by NumPy's rules (Chainer's {@code BroadcastTo}); the gradient is
 * summed back with {@link SumTo}.
 *
 * <pre>{@code
 * Variable y = new BroadcastTo(3, 4).applyOne(b);   // b of shape (4,), or F.broadcastTo(b, 3, 4)
 * }</pre>
 */
public final class BroadcastTo extends FunctionNode {
  private final int[] shape;
  private int[] inShape;

  public BroadcastTo(int... shape) {
    this.shape = Shapes.of("broadcast_to", shape);
  }

  /** Registered as {@code "broadcast_to"}; option {@code shape} (int[], required). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "broadcast_to", (o, in) -> new Variable[] {F.broadcastTo(in[0], Opts.ints(o, "shape"))});
  }

  @Override
  public String label() {
    return "broadcast_to";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    if (!Shapes.broadcastsTo(in[0].shape(), shape)) {
      throw InvalidTypeException.of(
          label(),
          "x",
          0,
          "x.shape broadcastable to " + Shapes.str(shape),
          "x.shape == " + Shapes.str(in[0].shape()));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    inShape = in[0].shape();
    return new NdArray[] {in[0].backend().broadcastTo(in[0], shape)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {F.sumTo(gy[0], inShape)};
  }
}
