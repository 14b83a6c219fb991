package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Index of the maximum ({@code MAX}) or minimum ({@code MIN}) along an axis, as int32 (Chainer's
 * {@code ArgMax}/{@code ArgMin}); a null axis looks at the flattened array and gives a 0-d result.
 * Not differentiable: no gradient reaches {@code x}.
 *
 * <pre>{@code
 * Variable pred = new Argmax(ReduceOp.MAX, 1).applyOne(logits);   // or F.argmax(logits, 1)
 * }</pre>
 */
public final class Argmax extends FunctionNode {
  private final ReduceOp op;
  private final Integer axis;

  /** {@code op} is {@link ReduceOp#MAX} or {@link ReduceOp#MIN}; {@code axis} may be null. */
  public Argmax(ReduceOp op, Integer axis) {
    if (op != ReduceOp.MAX && op != ReduceOp.MIN) {
      throw new IllegalArgumentException("argmax/argmin: op must be MAX or MIN, got " + op);
    }
    this.op = op;
    this.axis = axis;
  }

  /** Registered as {@code "argmax"}; option {@code axis} (int, default: flattened). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "argmax", (o, in) -> new Argmax(ReduceOp.MAX, Opts.optInteger(o, "axis")).apply(in));
  }

  @Override
  public String label() {
    return op == ReduceOp.MAX ? "argmax" : "argmin";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    if (axis != null) {
      Check.axis(label(), "x", 0, axis, in[0].ndim());
    }
    if (in[0].size() == 0) {
      throw dl.api.InvalidTypeException.of(label(), "x", 0, "x.size > 0", "x.size == 0");
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    if (axis == null) {
      return new NdArray[] {x.backend().argReduce(op, x.reshape(x.size()), 0)};
    }
    int a = axis < 0 ? axis + x.ndim() : axis;
    return new NdArray[] {x.backend().argReduce(op, x, a)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    return new Variable[] {null};
  }
}
