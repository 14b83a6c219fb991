package dl.functions.array;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise choice {@code condition ? x : y} with broadcasting (Chainer's {@code where}). The
 * condition is a constant boolean mask: Chainer requires a bool array, and as Catena has no bool
 * dtype, an int32 array of 0 and 1 (anything else, floating masks included, is refused); {@code x}
 * and {@code y} share a dtype, which may be int32 as in Chainer. Floating gradients flow to {@code
 * x} where the condition holds and to {@code y} elsewhere, summed back to each input's shape;
 * integer inputs get none.
 *
 * <pre>{@code
 * Variable z = new Where().applyOne(cond, x, y);   // or F.where(cond, x, y)
 * }</pre>
 */
public final class Where extends FunctionNode {
  private NdArray cond;
  private int[] xShape;
  private int[] yShape;

  /** Registered as {@code "where"}; inputs condition, x, y; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("where", (o, in) -> new Where().apply(in));
  }

  @Override
  public String label() {
    return "where";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    // Chainer requires condition.dtype == bool. Catena has no bool: int32 of 0 and 1 stands in,
    // and a floating condition (a float mask, or x itself passed by mistake) is refused.
    if (in[0].dtype() != DType.INT32) {
      throw InvalidTypeException.of(
          label(),
          "condition",
          0,
          "condition.dtype == int32 holding 0 and 1 (Catena's bool, e.g."
              + " x.array().gt(0).astype(DType.INT32))",
          "condition.dtype == " + in[0].dtype());
    }
    if (in[0].size() > 0) {
      double lo = in[0].backend().reduceAll(ReduceOp.MIN, in[0]).item();
      double hi = in[0].backend().reduceAll(ReduceOp.MAX, in[0]).item();
      if (lo < 0 || hi > 1) {
        throw InvalidTypeException.of(
            label(),
            "condition",
            0,
            "condition holding only 0 and 1 (a boolean mask)",
            "values from " + (long) lo + " to " + (long) hi);
      }
    }
    Check.sameDtype(label(), "x", in[1], "y", 2, in[2]);
    try {
      Shapes.broadcast(Shapes.broadcast(in[0].shape(), in[1].shape()), in[2].shape());
    } catch (IllegalArgumentException e) {
      throw InvalidTypeException.of(
          label(),
          "y",
          2,
          "condition, x and y broadcastable (condition "
              + Shapes.str(in[0].shape())
              + ", x "
              + Shapes.str(in[1].shape())
              + ")",
          "y.shape == " + Shapes.str(in[2].shape()));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    cond = in[0]; // int32, kept for backward (which applies where again)
    xShape = in[1].shape();
    yShape = in[2].shape();
    return new NdArray[] {in[1].backend().where(cond.astype(in[1].dtype()), in[1], in[2])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable c = Variable.constant(cond);
    Variable zero = Variable.constant(gy[0].array().backend().zeros(new int[0], gy[0].dtype()));
    Variable[] g = new Variable[3];
    if (!gy[0].dtype().isFloating()) {
      return g; // integer x and y: nothing to differentiate
    }
    for (int t : targets) {
      if (t == 1) {
        g[1] = F.sumTo(new Where().applyOne(c, gy[0], zero), xShape);
      } else if (t == 2) {
        g[2] = F.sumTo(new Where().applyOne(c, zero, gy[0]), yShape);
      }
    }
    return g;
  }
}
