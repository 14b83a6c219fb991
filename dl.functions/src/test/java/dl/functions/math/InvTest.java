package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dl.api.DType;
import dl.api.InvalidTypeException;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * inv, batchInv, det and batchDet on well-conditioned 3×3 matrices (identity plus noise), against
 * the adjugate formula and the Leibniz expansion (independent of the Gauss–Jordan implementation).
 */
class InvTest {
  /** Matrices I·2 + uniform(-0.5, 0.5) with a leading batch of {@code b} (0: no batch axis). */
  static TestArray matrices(SplittableRandom rng, DType dtype, int b) {
    int n = Math.max(b, 1);
    double[] d = new double[n * 9];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < 9; i++) {
        d[k * 9 + i] = (i % 4 == 0 ? 2 : 0) + rng.nextDouble() - 0.5;
      }
    }
    return Gen.of(dtype, d, b == 0 ? new int[] {3, 3} : new int[] {b, 3, 3});
  }

  /** Leibniz: the sum over the six permutations. */
  static double det3(double[] m, int o) {
    return m[o] * (m[o + 4] * m[o + 8] - m[o + 5] * m[o + 7])
        - m[o + 1] * (m[o + 3] * m[o + 8] - m[o + 5] * m[o + 6])
        + m[o + 2] * (m[o + 3] * m[o + 7] - m[o + 4] * m[o + 6]);
  }

  /** adj(M)/det(M): inv[i][j] = cofactor(j, i) / det. */
  static void inv3(double[] m, int o, double[] out) {
    double det = det3(m, o);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        int r1 = (j + 1) % 3;
        int r2 = (j + 2) % 3;
        int c1 = (i + 1) % 3;
        int c2 = (i + 2) % 3;
        double minor =
            m[o + r1 * 3 + c1] * m[o + r2 * 3 + c2] - m[o + r1 * 3 + c2] * m[o + r2 * 3 + c1];
        out[o + i * 3 + j] = minor / det; // cyclic indices carry the cofactor sign
      }
    }
  }

  @Nested
  class Inv extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {matrices(rng, dtype, 0)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.inv(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] out = new double[9];
      inv3(in[0].data(), 0, out);
      return new TestArray[] {new TestArray(out, in[0].shape(), in[0].dtype())};
    }
  }

  @Nested
  class BatchInv extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {matrices(rng, dtype, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.batchInv(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] out = new double[18];
      inv3(in[0].data(), 0, out);
      inv3(in[0].data(), 9, out);
      return new TestArray[] {new TestArray(out, in[0].shape(), in[0].dtype())};
    }
  }

  @Nested
  class Det extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {matrices(rng, dtype, 0)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.det(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {
        new TestArray(new double[] {det3(in[0].data(), 0)}, new int[0], in[0].dtype())
      };
    }
  }

  @Nested
  class BatchDet extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {matrices(rng, dtype, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.batchDet(in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = {det3(in[0].data(), 0), det3(in[0].data(), 9)};
      return new TestArray[] {new TestArray(d, new int[] {2}, in[0].dtype())};
    }
  }

  /** A determinant with a row swap (negative sign) and a singular matrix. */
  @Test
  void pivotingAndSingular() {
    Variable p = new Variable(NdArrays.of(new double[] {0, 1, 1, 0}, 2, 2));
    org.junit.jupiter.api.Assertions.assertEquals(-1, F.det(p).item(), 1e-12);
    Variable s = new Variable(NdArrays.of(new double[] {1, 2, 2, 4}, 2, 2));
    org.junit.jupiter.api.Assertions.assertEquals(0, F.det(s).item(), 1e-12);
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> F.inv(s));
    assertTrue(e.getMessage().contains("singular"), e.getMessage());
  }

  @Test
  void nonSquareIsRefused() {
    Variable x = new Variable(NdArrays.of(new float[6], 2, 3));
    assertThrows(InvalidTypeException.class, () -> F.inv(x));
    assertThrows(InvalidTypeException.class, () -> F.batchDet(x));
  }
}
