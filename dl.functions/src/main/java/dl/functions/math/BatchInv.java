package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.InvalidTypeException;
import dl.api.NdArray;
import dl.api.Shapes;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Check;
import dl.functions.internal.Opts;

/**
 * Inverse of each matrix of a batch {@code (B, n, n)} (Chainer's {@code BatchInv}). Forward is a
 * host fallback in double (Gauss–Jordan with partial pivoting, see {@code LinAlg}); a singular
 * matrix raises {@link ArithmeticException}. Backward is Chainer's {@code -A⁻ᵀ·g·A⁻ᵀ}, written with
 * matmul on the retained output, so it is differentiable again.
 *
 * <pre>{@code
 * Variable ainv = F.batchInv(a);   // (B, n, n)
 * }</pre>
 */
public final class BatchInv extends FunctionNode {
  /** Registered as {@code "batch_inv"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("batch_inv", (o, in) -> new BatchInv().apply(in));
  }

  @Override
  public String label() {
    return "batch_inv";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    checkSquareBatch(label(), in[0]);
  }

  /** {@code a} is a floating {@code (B, n, n)} array. */
  static void checkSquareBatch(String fn, NdArray a) {
    Check.floating(fn, "a", 0, a);
    Check.ndim(fn, "a", 0, a, 3);
    if (a.shape()[1] != a.shape()[2]) {
      throw InvalidTypeException.of(
          fn, "a", 0, "a.shape[1] == a.shape[2] (square matrices)", Shapes.str(a.shape()));
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainOutputs(0);
    return new NdArray[] {LinAlg.inverse(label(), in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable y = retainedOutputs()[0];
    // d(A⁻¹) = -A⁻¹·dA·A⁻¹, so gA = -(A⁻¹)ᵀ·g·(A⁻¹)ᵀ.
    return new Variable[] {F.neg(F.matmul(F.matmul(y, gy[0], true, false), y, false, true))};
  }
}
