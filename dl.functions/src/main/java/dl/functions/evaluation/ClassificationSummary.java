package dl.functions.evaluation;

import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Per-class precision, recall, F-beta score and support (Chainer's {@code classification_summary}):
 * predictions are the argmax of y over axis 1, labels equal to {@code ignoreLabel} (-1) are
 * skipped, and {@code labelNum} (null: {@code max(t) + 1}) sets the number of classes. Outputs:
 * precision, recall, fbeta (y's dtype; NaN where a denominator is 0, as NumPy) and support (int32).
 * Not differentiable.
 *
 * <pre>{@code
 * Variable[] s = new ClassificationSummary(null, 1.0, -1).apply(y, t);   // p, r, f, support
 * }</pre>
 */
public final class ClassificationSummary extends FunctionNode {
  private final Integer labelNum;
  private final double beta;
  private final int ignoreLabel;

  public ClassificationSummary(Integer labelNum, double beta, int ignoreLabel) {
    if (labelNum != null && labelNum <= 0) {
      throw new IllegalArgumentException(
          "classification_summary: label_num must be > 0, got " + labelNum);
    }
    this.labelNum = labelNum;
    this.beta = beta;
    this.ignoreLabel = ignoreLabel;
  }

  /**
   * Registered as {@code "classification_summary"}; options {@code label_num} (none), {@code beta}
   * (1.0), {@code ignore_label} (-1).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "classification_summary",
        (o, in) ->
            new ClassificationSummary(
                    Opts.optInteger(o, "label_num"),
                    Opts.real(o, "beta", 1.0),
                    Opts.integer(o, "ignore_label", -1))
                .apply(in));
  }

  @Override
  public String label() {
    return "classification_summary";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "y", 0, in[0]);
    Check.minNdim(label(), "y", 0, in[0], 2);
    Check.dtype(label(), "t", 1, in[1], DType.INT32);
    int[] ys = in[0].shape();
    int[] want = new int[ys.length - 1];
    want[0] = ys[0];
    System.arraycopy(ys, 2, want, 1, ys.length - 2);
    if (!Arrays.equals(want, in[1].shape())) {
      throw InvalidTypeException.of(
          label(),
          "t",
          1,
          "t.shape == y.shape without axis 1 " + Shapes.str(want),
          "t.shape == " + Shapes.str(in[1].shape()));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    int[] pred = b.argReduce(dl.api.ReduceOp.MAX, in[0], 1).toIntArray();
    int[] t = in[1].toIntArray();
    int n = labelNum != null ? labelNum : 0;
    if (labelNum == null) {
      for (int v : t) {
        n = Math.max(n, v + 1);
      }
    }
    double[] tp = new double[n];
    double[] relevant = new double[n];
    int[] support = new int[n];
    for (int i = 0; i < t.length; i++) {
      if (t[i] == ignoreLabel) {
        continue;
      }
      if (t[i] < 0 || t[i] >= n) {
        throw new IllegalArgumentException(
            label()
                + ": label "
                + t[i]
                + " is out of range: expected 0 <= t < "
                + n
                + " or t == ignore_label ("
                + ignoreLabel
                + ")");
      }
      support[t[i]]++;
      if (pred[i] < n) {
        relevant[pred[i]]++;
      }
      if (pred[i] == t[i]) {
        tp[t[i]]++;
      }
    }
    double[] p = new double[n];
    double[] r = new double[n];
    double[] f = new double[n];
    double b2 = beta * beta;
    for (int c = 0; c < n; c++) {
      p[c] = tp[c] / relevant[c];
      r[c] = tp[c] / support[c];
      f[c] = (1 + b2) * p[c] * r[c] / (b2 * p[c] + r[c]);
    }
    DType dt = in[0].dtype();
    return new NdArray[] {
      b.fromArray(p, n).astype(dt),
      b.fromArray(r, n).astype(dt),
      b.fromArray(f, n).astype(dt),
      b.fromArray(support, n)
    };
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    throw new UnsupportedOperationException("classification_summary is not differentiable");
  }
}
