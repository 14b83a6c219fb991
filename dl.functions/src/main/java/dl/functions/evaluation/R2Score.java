package dl.functions.evaluation;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Coefficient of determination (Chainer's {@code r2_score}): per output column {@code 1 - SS_res /
 * SS_tot} over axis 0, 0 where {@code SS_tot == 0}; {@code multioutput "uniform_average"} (default)
 * averages the columns to a 0-d array, {@code "raw_values"} keeps them. Sample weights are not
 * supported (Chainer raises too). Not differentiable.
 *
 * <pre>{@code
 * double r2 = new R2Score("uniform_average").applyOne(pred, truth).item();   // or F.r2Score
 * }</pre>
 */
public final class R2Score extends FunctionNode {
  private final boolean average;

  public R2Score(String multioutput) {
    if (!"uniform_average".equals(multioutput) && !"raw_values".equals(multioutput)) {
      throw new IllegalArgumentException(
          "r2_score: multioutput must be uniform_average or raw_values, got \""
              + multioutput
              + "\"");
    }
    this.average = "uniform_average".equals(multioutput);
  }

  /**
   * Registered as {@code "r2_score"}; options {@code sample_weight} (must be absent) and {@code
   * multioutput} ("uniform_average").
   */
  public static FunctionProvider provider() {
    return Opts.provider(
        "r2_score",
        (o, in) -> {
          if (o.get("sample_weight") != null) {
            throw new UnsupportedOperationException("r2_score: sample_weight is not supported");
          }
          return new R2Score(Opts.string(o, "multioutput", "uniform_average")).apply(in);
        });
  }

  @Override
  public String label() {
    return "r2_score";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "pred", 0, in[0]);
    Check.minNdim(label(), "pred", 0, in[0], 1);
    Check.sameDtype(label(), "pred", in[0], "true", 1, in[1]);
    Check.sameShape(label(), "pred", in[0], "true", 1, in[1]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    NdArray pred = in[0];
    NdArray truth = in[1];
    int[] axis0 = {0};
    NdArray ssRes = pred.sub(truth).unary(dl.api.UnaryOp.SQUARE).sum(axis0, false);
    NdArray mean = truth.sum(axis0, true).mul(1.0 / truth.shape()[0]);
    NdArray ssTot = truth.sub(mean).unary(dl.api.UnaryOp.SQUARE).sum(axis0, false);
    NdArray zero = b.binaryScalar(dl.api.BinaryOp.EQ, ssTot, 0, false);
    NdArray safe = b.where(zero, b.full(new int[0], 1, ssTot.dtype()), ssTot);
    NdArray r2 = b.binaryScalar(dl.api.BinaryOp.SUB, ssRes.div(safe), 1, true);
    NdArray ret = b.where(zero, b.zeros(new int[0], r2.dtype()), r2);
    return new NdArray[] {average ? ret.sum().mul(1.0 / Math.max(1, ret.size())) : ret};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    throw new UnsupportedOperationException("r2_score is not differentiable");
  }
}
