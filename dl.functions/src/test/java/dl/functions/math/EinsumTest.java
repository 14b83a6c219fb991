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

/** einsum: a matrix product, a batched transpose, an implicit full contraction. */
class EinsumTest {
  @Nested
  class MatrixProduct extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 3, 4)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.einsum("ij,jk->ik", in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[8];
      for (int i = 0; i < 2; i++) {
        for (int k = 0; k < 4; k++) {
          for (int j = 0; j < 3; j++) {
            d[i * 4 + k] += in[0].get(i, j) * in[1].get(j, k);
          }
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {2, 4}, in[0].dtype())};
    }
  }

  @Nested
  class BatchedTransposeAndOuter extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 4)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      // out[k, j, b] = x[b, j] · v[k]
      return new Variable[] {F.einsum("bj,k->kjb", in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[24];
      for (int k = 0; k < 4; k++) {
        for (int j = 0; j < 3; j++) {
          for (int b = 0; b < 2; b++) {
            d[(k * 3 + j) * 2 + b] = in[0].get(b, j) * in[1].get(k);
          }
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {4, 3, 2}, in[0].dtype())};
    }
  }

  @Nested
  class ImplicitFullContraction extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.einsum("ij,ij", in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double s = 0;
      for (int i = 0; i < 6; i++) {
        s += in[0].data()[i] * in[1].data()[i];
      }
      return new TestArray[] {new TestArray(new double[] {s}, new int[0], in[0].dtype())};
    }
  }

  /** Batched traces through a repeated index: out[b] = Σ_i x[b, i, i]. */
  @Nested
  class BatchedTrace extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.einsum("bii->b", in[0])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[2];
      for (int b = 0; b < 2; b++) {
        for (int i = 0; i < 3; i++) {
          d[b] += in[0].get(b, i, i);
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {2}, in[0].dtype())};
    }
  }

  @Test
  void diagonalAndImplicitTrace() {
    Variable m = new Variable(NdArrays.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, 3));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new double[] {1, 5, 9}, F.einsum("ii->i", m).array().toDoubleArray(), 1e-12);
    org.junit.jupiter.api.Assertions.assertEquals(15, F.einsum("ii", m).item(), 1e-12);
  }

  @Test
  void unsupportedAndInconsistentSubscriptsAreRefused() {
    Variable a = new Variable(NdArrays.of(new float[6], 2, 3));
    Variable sq = new Variable(NdArrays.of(new float[9], 3, 3));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.einsum("...j->j", a));
    assertTrue(e.getMessage().contains("einsum"), e.getMessage());
    assertThrows(InvalidTypeException.class, () -> F.einsum("ii->i", a));
    assertThrows(InvalidTypeException.class, () -> F.einsum("ij,ij->ij", a, sq));
    assertThrows(InvalidTypeException.class, () -> F.einsum("ijk->i", a));
    assertThrows(InvalidTypeException.class, () -> F.einsum("ij->iq", a));
  }
}
