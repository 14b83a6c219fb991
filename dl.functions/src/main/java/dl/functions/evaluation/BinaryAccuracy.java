package dl.functions.evaluation;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Binary classification accuracy (Chainer's {@code binary_accuracy}): predictions are {@code y >=
 * 0} (y holds logits), int32 labels t of y's shape are 0 or 1, and -1 is ignored; the result is
 * {@code hits / max(1, unignored)} as a 0-d array of y's dtype. Not differentiable.
 *
 * <pre>{@code
 * double acc = new BinaryAccuracy().applyOne(y, t).item();   // or F.binaryAccuracy(y, t)
 * }</pre>
 */
public final class BinaryAccuracy extends FunctionNode {
  /** Registered as {@code "binary_accuracy"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("binary_accuracy", (o, in) -> new BinaryAccuracy().apply(in));
  }

  @Override
  public String label() {
    return "binary_accuracy";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "y", 0, in[0]);
    Check.dtype(label(), "t", 1, in[1], DType.INT32);
    Check.sameShape(label(), "y", in[0], "t", 1, in[1]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    DType dt = in[0].dtype();
    NdArray pred = b.binaryScalar(BinaryOp.GE, in[0], 0, false);
    NdArray t = in[1].astype(dt);
    NdArray hit = b.binary(BinaryOp.EQ, pred, t); // an ignored -1 never equals 0 or 1
    NdArray count = b.binaryScalar(BinaryOp.NE, t, -1, false).sum();
    NdArray total = b.binaryScalar(BinaryOp.MAXIMUM, count, 1, false);
    return new NdArray[] {b.binary(BinaryOp.DIV, hit.sum(), total)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    throw new UnsupportedOperationException("binary_accuracy is not differentiable");
  }
}
