package dl.functions.math;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Elementwise maximum ({@code max = true}) or minimum of two arrays of one shape (Chainer's {@code
 * Maximum}/{@code Minimum}). The gradient goes to {@code x1} where {@code x1 >= x2} (maximum) or
 * {@code x1 <= x2} (minimum), to {@code x2} elsewhere, as in Chainer.
 *
 * <pre>{@code
 * Variable m = new Maximum(true).applyOne(a, b);   // or F.maximum(a, b)
 * }</pre>
 */
public final class Maximum extends FunctionNode {
  private final boolean max;
  private NdArray cond;

  public Maximum(boolean max) {
    this.max = max;
  }

  /** Registered as {@code "maximum"}; inputs {@code x1, x2}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("maximum", (o, in) -> new Maximum(true).apply(in));
  }

  @Override
  public String label() {
    return max ? "maximum" : "minimum";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x1", 0, in[0]);
    Check.sameDtype(label(), "x1", in[0], "x2", 1, in[1]);
    Check.sameShape(label(), "x1", in[0], "x2", 1, in[1]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    var b = in[0].backend();
    cond = b.binary(max ? BinaryOp.GE : BinaryOp.LE, in[0], in[1]);
    return new NdArray[] {b.binary(max ? BinaryOp.MAXIMUM : BinaryOp.MINIMUM, in[0], in[1])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      NdArray m = t == 0 ? cond : cond.mul(-1).add(1);
      gx[t] = F.mul(gy[0], Variable.constant(m));
    }
    return gx;
  }
}
