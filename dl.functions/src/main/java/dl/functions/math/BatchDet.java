package dl.functions.math;

import dl.api.FunctionNode;
import dl.api.NdArray;
import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;

/**
 * Determinant of each matrix of a batch {@code (B, n, n)}, giving {@code (B)} (Chainer's {@code
 * BatchDet}). Forward is a host fallback in double (LU with partial pivoting, see {@code LinAlg}).
 * Backward is Chainer's {@code g·det(A)·A⁻ᵀ}, written with batchInv, so it is differentiable again
 * (it needs non-singular matrices, as Chainer's does).
 *
 * <pre>{@code
 * Variable d = F.batchDet(a);   // (B, n, n) -> (B)
 * }</pre>
 */
public final class BatchDet extends FunctionNode {
  /** Registered as {@code "batch_det"}; no options. */
  public static FunctionProvider provider() {
    return Opts.provider("batch_det", (o, in) -> new BatchDet().apply(in));
  }

  @Override
  public String label() {
    return "batch_det";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    BatchInv.checkSquareBatch(label(), in[0]);
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0);
    retainOutputs(0);
    return new NdArray[] {LinAlg.determinant(in[0])};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable a = retainedInputs()[0];
    Variable y = retainedOutputs()[0];
    int b = a.shape()[0];
    Variable gd = F.reshape(F.mul(gy[0], y), b, 1, 1);
    return new Variable[] {F.mul(gd, F.transpose(F.batchInv(a), 0, 2, 1))};
  }
}
