package dl.functions.loss;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.activation.LogSoftmax;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;
import java.util.Arrays;

/**
 * Cross entropy of softmax over axis 1 against int32 labels (Chainer's {@code
 * SoftmaxCrossEntropy}). Labels equal to {@code ignoreLabel} (-1 by default) contribute nothing;
 * {@code normalize} divides the sum by the number of other labels (else by the batch size); {@code
 * reduce} is {@code "mean"} (0-d loss) or {@code "no"} (one loss per label). An optional {@code
 * classWeight} of shape (C,) multiplies each label's loss by its class's weight; the mean still
 * divides by the number of unignored labels (Chainer's normalisation; PyTorch divides by the sum of
 * their weights). Forward is a stable log-softmax; backward is {@code (softmax(x) -
 * onehot(t))·w[t]·g/count} built from functions, so it differentiates again. Soft (floating)
 * targets go through {@link SoftTargetCrossEntropy} from the facade.
 *
 * <pre>{@code
 * Variable loss = new SoftmaxCrossEntropy(-1, true, "mean").applyOne(logits, labels);
 * }</pre>
 */
public final class SoftmaxCrossEntropy extends FunctionNode {
  private final int ignoreLabel;
  private final boolean normalize;
  private final boolean reduceMean;
  private final NdArray classWeight;
  private NdArray labels; // ignored labels replaced by 0, so they index safely
  private NdArray keep; // 1 for counted labels, 0 for ignored ones; shape of t, x's dtype
  private double coeff;

  public SoftmaxCrossEntropy(int ignoreLabel, boolean normalize, String reduce) {
    this(ignoreLabel, normalize, reduce, null);
  }

  /** With per-class weights ({@code classWeight} of shape (C,), floating; null for none). */
  public SoftmaxCrossEntropy(
      int ignoreLabel, boolean normalize, String reduce, NdArray classWeight) {
    if (classWeight != null && (classWeight.ndim() != 1 || !classWeight.dtype().isFloating())) {
      throw new IllegalArgumentException(
          "softmax_cross_entropy: class_weight must be 1-d floating, got "
              + classWeight.dtype()
              + " of shape "
              + Shapes.str(classWeight.shape()));
    }
    this.classWeight = classWeight;
    if (!"mean".equals(reduce) && !"no".equals(reduce)) {
      throw new IllegalArgumentException(
          "softmax_cross_entropy: reduce must be \"mean\" or" + " \"no\", got \"" + reduce + "\"");
    }
    this.ignoreLabel = ignoreLabel;
    this.normalize = normalize;
    this.reduceMean = "mean".equals(reduce);
  }

  /**
   * Registered as {@code "softmax_cross_entropy"}; options {@code ignore_label} (int, -1), {@code
   * normalize} (boolean, true), {@code reduce} ("mean" or "no", "mean"), {@code class_weight}
   * (NdArray, none), {@code soft_target_loss} ("cross-entropy" or "kl-divergence", for floating
   * targets).
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "softmax_cross_entropy",
        (o, in) -> {
          // Chainer's cache_score and enable_double_backprop choose how its graph is kept; here
          // the loss is always twice differentiable, so both are read and need no effect.
          Opts.bool(o, "cache_score", true);
          Opts.bool(o, "enable_double_backprop", false);
          return new Variable[] {
            F.softmaxCrossEntropy(
                in[0],
                in[1],
                Opts.bool(o, "normalize", true),
                Opts.array(o, "class_weight"),
                Opts.integer(o, "ignore_label", -1),
                Opts.string(o, "reduce", "mean"),
                Opts.string(o, "soft_target_loss", "cross-entropy"))
          };
        });
  }

  @Override
  public String label() {
    return "softmax_cross_entropy";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    Check.floating(fn, "x", 0, in[0]);
    Check.minNdim(fn, "x", 0, in[0], 2);
    Check.dtype(fn, "t", 1, in[1], DType.INT32);
    int[] xs = in[0].shape();
    int[] want = new int[xs.length - 1];
    want[0] = xs[0];
    System.arraycopy(xs, 2, want, 1, xs.length - 2);
    if (classWeight != null
        && (classWeight.shape()[0] != xs[1] || classWeight.dtype() != in[0].dtype())) {
      throw InvalidTypeException.of(
          fn,
          "class_weight",
          2,
          "class_weight.shape == (" + xs[1] + ",) of x.dtype " + in[0].dtype(),
          "class_weight.shape == "
              + Shapes.str(classWeight.shape())
              + ", dtype "
              + classWeight.dtype());
    }
    if (!Arrays.equals(want, in[1].shape())) {
      throw InvalidTypeException.of(
          fn,
          "t",
          1,
          "t.shape == x.shape without axis 1 " + Shapes.str(want),
          "t.shape == " + Shapes.str(in[1].shape()));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();
    int classes = x.shape()[1];
    // Labels are few (one per sample): check them on the host and build the clean index there.
    int[] t = in[1].toIntArray();
    double[] w = classWeight == null ? null : classWeight.toDoubleArray();
    double[] k = new double[t.length];
    int count = 0;
    for (int i = 0; i < t.length; i++) {
      if (t[i] == ignoreLabel) {
        t[i] = 0;
      } else if (t[i] < 0 || t[i] >= classes) {
        throw new IllegalArgumentException(
            label()
                + ": label "
                + t[i]
                + " at flat index "
                + i
                + " is out of range: expected 0 <= t < "
                + classes
                + " or t == ignore_label ("
                + ignoreLabel
                + ")");
      } else {
        k[i] = w == null ? 1 : w[t[i]];
        count++;
      }
    }
    labels = b.fromArray(t, in[1].shape());
    keep = b.fromArray(k, in[1].shape()).astype(x.dtype());
    coeff = 1.0 / Math.max(1, normalize ? count : x.shape()[0]);
    retainInputs(0);
    NdArray logp = LogSoftmax.logSoftmax(x, 1);
    NdArray picked = b.selectAlongAxis(logp, labels, 1);
    b.binaryInto(BinaryOp.MUL, picked, keep);
    return new NdArray[] {reduceMean ? picked.sum().mul(-coeff) : picked.neg()};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    var b = x.array().backend();
    NdArray onehot = b.zeros(x.shape(), x.dtype());
    b.selectAddInto(onehot, labels, 1, keep);
    int[] kept = x.shape().clone();
    kept[1] = 1;
    NdArray keepB = keep.reshape(kept);
    // softmax(x) is recomputed with a function so the gradient differentiates again.
    Variable diff =
        F.sub(F.mul(F.softmax(x, 1), Variable.constant(keepB)), Variable.constant(onehot));
    Variable g = reduceMean ? F.mul(gy[0], coeff) : F.reshape(gy[0], kept);
    return new Variable[] {F.mul(diff, F.broadcastTo(g, x.shape())), null};
  }
}
