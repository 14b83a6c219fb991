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
 * Matrix product {@code op(a)·op(b)} of 2-d arrays, or batched over 3-d arrays {@code (B, M, K)·(B,
 * K, N)} where a batch of 1 broadcasts (Chainer's {@code MatMul}); each operand is optionally
 * transposed in its last two axes without materialising the transpose.
 *
 * <pre>{@code
 * Variable c = new MatMul(false, true).applyOne(a, b);   // a · bᵀ, or F.matmul(a, b, false, true)
 * }</pre>
 */
public final class MatMul extends FunctionNode {
  private final boolean transA;
  private final boolean transB;

  public MatMul(boolean transA, boolean transB) {
    this.transA = transA;
    this.transB = transB;
  }

  /** Registered as {@code "matmul"}; options {@code transa}, {@code transb} (default false). */
  public static FunctionProvider provider() {
    return Opts.provider(
        "matmul",
        (o, in) ->
            new Variable[] {
              F.matmul(in[0], in[1], Opts.bool(o, "transa", false), Opts.bool(o, "transb", false))
            });
  }

  @Override
  public String label() {
    return "matmul";
  }

  @Override
  protected void checkTypeForward(NdArray[] in) {
    String fn = label();
    Check.floating(fn, "a", 0, in[0]);
    Check.sameDtype(fn, "a", in[0], "b", 1, in[1]);
    int nd = in[0].ndim();
    if (nd != 2 && nd != 3) {
      throw InvalidTypeException.of(fn, "a", 0, "a.ndim == 2 or 3", "a.ndim == " + nd);
    }
    Check.ndim(fn, "b", 1, in[1], nd);
    int[] a = in[0].shape();
    int[] b = in[1].shape();
    int ka = transA ? a[nd - 2] : a[nd - 1];
    int kb = transB ? b[nd - 1] : b[nd - 2];
    if (ka != kb) {
      throw InvalidTypeException.of(
          fn,
          "b",
          1,
          "contracted sizes equal: a's " + ka,
          "b's "
              + kb
              + " (a "
              + Shapes.str(a)
              + (transA ? "ᵀ" : "")
              + ", b "
              + Shapes.str(b)
              + (transB ? "ᵀ" : "")
              + ")");
    }
    if (nd == 3 && a[0] != b[0] && a[0] != 1 && b[0] != 1) {
      throw InvalidTypeException.of(
          fn,
          "b",
          1,
          "b.shape[0] == a.shape[0] (" + a[0] + ") or either is 1",
          "b.shape[0] == " + b[0]);
    }
  }

  @Override
  public NdArray[] forward(NdArray[] in) {
    retainInputs(0, 1);
    return new NdArray[] {in[0].backend().matmul(in[0], in[1], transA, transB)};
  }

  @Override
  public Variable[] backward(int[] targets, Variable[] gy) {
    Variable[] x = retainedInputs();
    Variable a = x[0];
    Variable b = x[1];
    Variable g = gy[0];
    Variable[] gx = new Variable[2];
    for (int t : targets) {
      Variable r;
      if (t == 0) {
        // c = op(a)·op(b): ga = g·op(b)ᵀ, transposed back when a was transposed.
        r = !transA ? F.matmul(g, b, false, !transB) : F.matmul(b, g, transB, true);
        gx[0] = F.sumTo(r, a.shape()); // a batch of 1 broadcast over b's batch
      } else {
        r = !transB ? F.matmul(a, g, !transA, false) : F.matmul(g, a, true, transA);
        gx[1] = F.sumTo(r, b.shape());
      }
    }
    return gx;
  }
}
