package dl.functions.evaluation;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.ReduceOp;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Classification accuracy: the fraction of positions where the argmax of {@code y} over axis 1
 * equals the int32 label (Chainer's {@code Accuracy}). Labels equal to {@code ignoreLabel} (when
 * given) are not counted; if every label is ignored the accuracy is 0. Not differentiable; the
 * result is a 0-d array of {@code y}'s dtype, computed on {@code y}'s device.
 *
 * <pre>{@code
 * double acc = new Accuracy(null).applyOne(logits, labels).item();   // or F.accuracy(y, t)
 * }</pre>
 */
public final class Accuracy extends FunctionNode {
  private final Integer ignoreLabel;

  /** {@code ignoreLabel} null counts every label. */
  public Accuracy(Integer ignoreLabel) {
    this.ignoreLabel = ignoreLabel;
  }

  /** Registered as {@code "accuracy"}; option {@code ignore_label} (int, default none). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "accuracy", (o, in) -> new Accuracy(Opts.optInteger(o, "ignore_label")).apply(in));
  }

  @Override
  public String label() {
    return "accuracy";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    Check.floating(fn, "y", 0, in[0]);
    Check.minNdim(fn, "y", 0, in[0], 2);
    Check.dtype(fn, "t", 1, in[1], DType.INT32);
    int[] ys = in[0].shape();
    int[] want = new int[ys.length - 1];
    want[0] = ys[0];
    System.arraycopy(ys, 2, want, 1, ys.length - 2);
    if (!Arrays.equals(want, in[1].shape())) {
      throw InvalidTypeException.of(
          fn,
          "t",
          1,
          "t.shape == y.shape without axis 1 " + Shapes.str(want),
          "t.shape == " + Shapes.str(in[1].shape()));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    checkLabels(in[1].toIntArray(), in[0].shape()[1]);
    NdArray y = in[0];
    var b = y.backend();
    DType dt = y.dtype();
    // Compared in y's dtype: labels are far below 2^24, so float32 holds them exactly.
    NdArray pred = b.argReduce(ReduceOp.MAX, y, 1).astype(dt);
    NdArray t = in[1].astype(dt);
    NdArray hit = b.binary(BinaryOp.EQ, pred, t);
    if (ignoreLabel == null) {
      return new NdArray[] {hit.sum().mul(1.0 / Math.max(1, t.size()))};
    }
    NdArray keep = b.binaryScalar(BinaryOp.NE, t, ignoreLabel, false);
    b.binaryInto(BinaryOp.MUL, hit, keep);
    NdArray total = b.binaryScalar(BinaryOp.MAXIMUM, keep.sum(), 1, false);
    return new NdArray[] {b.binary(BinaryOp.DIV, hit.sum(), total)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    throw new UnsupportedOperationException("accuracy is not differentiable");
  }

  /** Labels are few (one per sample): checked on the host; a label out of range is an error. */
  private void checkLabels(int[] t, int classes) {
    for (int i = 0; i < t.length; i++) {
      if ((ignoreLabel == null || t[i] != ignoreLabel) && (t[i] < 0 || t[i] >= classes)) {
        throw InvalidTypeException.of(
            label(),
            "t",
            1,
            "0 <= t < y.shape[1] ("
                + classes
                + ")"
                + (ignoreLabel == null ? "" : " or t == ignore_label (" + ignoreLabel + ")"),
            "t[" + i + "] == " + t[i]);
      }
    }
  }
}
