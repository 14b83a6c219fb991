package dl.functions.loss;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Cross entropy of sigmoid(x) against int32 labels 0 or 1 of x's shape, -1 ignored (Chainer's
 * {@code sigmoid_cross_entropy}): {@code log(1 + exp(-|x|)) - x·(t - [x >= 0])} per element. {@code
 * reduce "mean"} divides the sum by the number of unignored labels ({@code normalize}, the default)
 * or by {@code x.shape[0]}; {@code "no"} keeps the elements (0 where ignored). A composite with
 * constant masks, so it differentiates twice.
 *
 * <pre>{@code
 * Variable loss = SigmoidCrossEntropy.apply(x, t, true, "mean");   // or F.sigmoidCrossEntropy(x, t)
 * }</pre>
 */
public final class SigmoidCrossEntropy {
  private SigmoidCrossEntropy() {}

  /** Registered as {@code "sigmoid_cross_entropy"}; options {@code normalize}, {@code reduce}. */
  public static FunctionProvider provider() {
    return Opts.provider(
        "sigmoid_cross_entropy",
        (o, in) ->
            new Variable[] {
              apply(in[0], in[1], Opts.bool(o, "normalize", true), Opts.string(o, "reduce", "mean"))
            });
  }

  public static Variable apply(Variable x, Variable t, boolean normalize, String reduce) {
    String fn = "sigmoid_cross_entropy";
    LossOps.reduce(fn, reduce, "mean", "no");
    Check.floating(fn, "x", 0, x.array());
    Check.dtype(fn, "t", 1, t.array(), DType.INT32);
    Check.sameShape(fn, "x", x.array(), "t", 1, t.array());
    int[] lab = t.array().toIntArray();
    double[] target = new double[lab.length];
    double[] keep = new double[lab.length];
    int count = 0;
    for (int i = 0; i < lab.length; i++) {
      if (lab[i] != -1 && lab[i] != 0 && lab[i] != 1) {
        throw new IllegalArgumentException(
            fn
                + ": label "
                + lab[i]
                + " at flat index "
                + i
                + " is out of range: expected 0, 1 or -1");
      }
      keep[i] = lab[i] == -1 ? 0 : 1;
      target[i] = lab[i] == -1 ? 0 : lab[i];
      count += lab[i] == -1 ? 0 : 1;
    }
    var b = x.array().backend();
    NdArray pos = b.binaryScalar(dl.api.BinaryOp.GE, x.array(), 0, false);
    NdArray tm = b.fromArray(target, t.shape()).astype(x.dtype()).sub(pos);
    Variable k = Variable.constant(b.fromArray(keep, t.shape()).astype(x.dtype()));
    Variable per =
        F.sub(F.log(F.add(F.exp(F.neg(LossOps.abs(x))), 1.0)), F.mul(x, Variable.constant(tm)));
    Variable loss = F.mul(per, k);
    if ("no".equals(reduce)) {
      return loss;
    }
    int denom = Math.max(1, normalize ? count : x.ndim() == 0 ? 1 : x.shape()[0]);
    return F.div(F.sum(loss), denom);
  }
}
