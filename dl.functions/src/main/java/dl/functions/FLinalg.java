package dl.functions;

import dl.api.Variable;
import dl.functions.math.BatchDet;
import dl.functions.math.BatchInv;
import dl.functions.math.BatchMatmul;
import dl.functions.math.Det;
import dl.functions.math.Einsum;
import dl.functions.math.Inv;
import dl.functions.math.Tensordot;

/**
 * The tensor products and linear algebra of {@link F} beyond {@code matmul} (kept apart from {@link
 * FMath} so that each facade class stays small; the generated {@link F} delegates to both).
 *
 * <pre>{@code
 * Variable c = F.einsum("ij,jk->ik", a, b);
 * Variable d = F.det(F.inv(a));
 * }</pre>
 */
final class FLinalg {
  private FLinalg() {}

  /** Chainer's batch_matmul: {@code F.batchMatmul(a, b)}. */
  public static Variable batchMatmul(Variable a, Variable b) {
    return batchMatmul(a, b, false, false);
  }

  /** Chainer's batch_matmul with transposes: {@code F.batchMatmul(a, b, true, false)}. */
  public static Variable batchMatmul(Variable a, Variable b, boolean transa, boolean transb) {
    return BatchMatmul.apply(a, b, transa, transb);
  }

  /** Contraction of the last two axes of {@code a} with the first two of {@code b}. */
  public static Variable tensordot(Variable a, Variable b) {
    return Tensordot.apply(a, b, 2);
  }

  /** Contraction over {@code n} axes: {@code F.tensordot(a, b, 1)}. */
  public static Variable tensordot(Variable a, Variable b, int n) {
    return Tensordot.apply(a, b, n);
  }

  /** Contraction over axis pairs: {@code F.tensordot(a, b, new int[] {0}, new int[] {1})}. */
  public static Variable tensordot(Variable a, Variable b, int[] aAxes, int[] bAxes) {
    return Tensordot.apply(a, b, aAxes, bAxes);
  }

  /** Einstein summation (subset, see {@link Einsum}): {@code F.einsum("ij,jk->ik", a, b)}. */
  public static Variable einsum(String subscripts, Variable... operands) {
    return Einsum.apply(subscripts, operands);
  }

  /** Inverse of a square matrix: {@code F.inv(a)}. */
  public static Variable inv(Variable a) {
    return Inv.apply(a);
  }

  /** Inverses of a batch {@code (B, n, n)}: {@code F.batchInv(a)}. */
  public static Variable batchInv(Variable a) {
    return new BatchInv().applyOne(a);
  }

  /** Determinant of a square matrix (0-d): {@code F.det(a)}. */
  public static Variable det(Variable a) {
    return Det.apply(a);
  }

  /** Determinants of a batch {@code (B, n, n)}: {@code F.batchDet(a)}. */
  public static Variable batchDet(Variable a) {
    return new BatchDet().applyOne(a);
  }

  /** {@code F.matmul} with a 1-d operand: NumPy's vector rule (see {@link F#matmul}). */
  static Variable matmulVectors(Variable a, Variable b, boolean transa, boolean transb) {
    boolean rowA = a.ndim() == 1;
    boolean colB = b.ndim() == 1;
    Variable a2 = rowA ? F.reshape(a, 1, a.shape()[0]) : a;
    Variable b2 = colB ? F.reshape(b, b.shape()[0], 1) : b;
    Variable y = F.matmul(a2, b2, !rowA && transa, !colB && transb);
    int[] s = y.shape();
    int[] out = new int[s.length - (rowA ? 1 : 0) - (colB ? 1 : 0)];
    int k = 0;
    for (int i = 0; i < s.length; i++) {
      if (!(rowA && i == s.length - 2) && !(colB && i == s.length - 1)) {
        out[k++] = s[i];
      }
    }
    return F.reshape(y, out);
  }
}
