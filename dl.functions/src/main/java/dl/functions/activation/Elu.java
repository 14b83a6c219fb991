package dl.functions.activation;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Exponential linear unit: {@code x} for {@code x > 0}, {@code alpha·(exp(x) - 1)} elsewhere
 * (Chainer's {@code ELU}, alpha 1 by default; Clevert et al., 2015).
 *
 * <pre>{@code
 * Variable h = F.elu(x);   // or F.elu(x, 0.5)
 * }</pre>
 */
public final class Elu extends FunctionNode {
  private final double alpha;
  private NdArray pos;

  public Elu(double alpha) {
    this.alpha = alpha;
  }

  /** Registered as {@code "elu"}; option {@code alpha} (double, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider("elu", (o, in) -> new Elu(Opts.real(o, "alpha", 1.0)).apply(in));
  }

  @Override
  public String label() {
    return "elu";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    NdArray x = in[0];
    var b = x.backend();
    retainInputs(0);
    pos = b.binaryScalar(BinaryOp.GT, x, 0, false);
    // max(x, 0) + alpha·expm1(min(x, 0)): each branch sees only its own side.
    NdArray neg = b.unary(UnaryOp.EXPM1, b.binaryScalar(BinaryOp.MINIMUM, x, 0, false));
    NdArray y = b.binaryScalar(BinaryOp.MAXIMUM, x, 0, false).add(neg.mul(alpha));
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable x = retainedInputs()[0];
    Variable notPos = Variable.constant(pos.mul(-1).add(1));
    // exp of x masked to its negative part, so large positive x never overflows.
    Variable negSide = F.mul(F.exp(F.mul(x, notPos)), F.mul(notPos, alpha));
    return new Variable[] {F.mul(gy[0], F.add(negSide, Variable.constant(pos)))};
  }
}
