package dl.functions.activation;

import dl.api.BinaryOp;
import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.UnaryOp;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Softplus {@code log(1 + exp(beta·x)) / beta} (Chainer's {@code Softplus}, beta 1 by default),
 * computed as {@code (max(βx, 0) + log1p(exp(-|βx|))) / β} so that it never overflows.
 *
 * <pre>{@code
 * Variable y = F.softplus(x);   // or F.softplus(x, 2.0)
 * }</pre>
 */
public final class Softplus extends FunctionNode {
  private final double beta;

  public Softplus(double beta) {
    this.beta = beta;
  }

  /** Registered as {@code "softplus"}; option {@code beta} (double, default 1). */
  public static FunctionProvider provider() {
    return Opts.provider("softplus", (o, in) -> new Softplus(Opts.real(o, "beta", 1.0)).apply(in));
  }

  @Override
  public String label() {
    return "softplus";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    Check.floating(label(), "x", 0, in[0]);
    if (beta == 0 || !Double.isFinite(beta)) {
      throw InvalidTypeException.of(label(), "beta", 0, "finite beta != 0", "beta == " + beta);
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    var b = in[0].backend();
    NdArray bx = in[0].mul(beta);
    NdArray tail = b.unary(UnaryOp.LOG1P, b.unary(UnaryOp.EXP, b.unary(UnaryOp.ABS, bx).neg()));
    NdArray y = b.binaryScalar(BinaryOp.MAXIMUM, bx, 0, false).add(tail).mul(1 / beta);
    return new NdArray[] {y};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    // d softplus = sigmoid(βx).
    Variable x = retainedInputs()[0];
    return new Variable[] {F.mul(gy[0], F.sigmoid(F.mul(x, beta)))};
  }
}
