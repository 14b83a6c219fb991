package dl.functions.array;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Picks one element per row: {@code y[i] = x[i, t[i]]} for {@code x} of shape (N, C) and int32
 * {@code t} of shape (N,) (Chainer's {@code select_item}). The gradient adds into zeros at the
 * picked places, and that scatter's gradient is this selection again.
 *
 * <pre>{@code
 * Variable y = new SelectItem().applyOne(x, t);   // or F.selectItem(x, t)
 * }</pre>
 */
public final class SelectItem extends FunctionNode {
  private NdArray t;
  private int[] inShape;

  /** Registered as {@code "select_item"}; inputs x, t; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("select_item", (o, in) -> new SelectItem().apply(in));
  }

  @Override
  public String label() {
    return "select_item";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.ndim(label(), "x", 0, in[0], 2);
    Check.dtype(label(), "t", 1, in[1], DType.INT32);
    Check.ndim(label(), "t", 1, in[1], 1);
    int n = in[0].shape()[0];
    int c = in[0].shape()[1];
    if (in[1].shape()[0] != n) {
      throw InvalidTypeException.of(
          label(),
          "t",
          1,
          "t.shape[0] == x.shape[0] (" + n + ")",
          "t.shape == " + Shapes.str(in[1].shape()));
    }
    for (int v : in[1].toIntArray()) {
      if (v < 0 || v >= c) {
        throw InvalidTypeException.of(
            label(), "t", 1, "0 <= t < x.shape[1] (" + c + ")", "t contains " + v);
      }
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    t = in[1];
    inShape = in[0].shape();
    return new NdArray[] {in[0].backend().selectAlongAxis(in[0], t, 1)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {new Grad(inShape, t).applyOne(gy[0]), null};
  }

  /** The scatter that is select_item's gradient; its gradient is select_item again. */
  static final class Grad extends FunctionNode {
    private final int[] shape;
    private final NdArray t;

    Grad(int[] shape, NdArray t) {
      this.shape = shape;
      this.t = t;
    }

    @Override
    public String label() {
      return "select_item_grad";
    }

    @Override
    public NdArray[] forward(NdArray[] in) {
      var b = in[0].backend();
      NdArray g = b.zeros(shape, in[0].dtype());
      b.selectAddInto(g, t, 1, in[0]);
      return new NdArray[] {g};
    }

    @Override
    public Variable[] backward(int[] targets, Variable[] gy) {
      return new Variable[] {new SelectItem().applyOne(gy[0], Variable.constant(t))};
    }
  }
}
