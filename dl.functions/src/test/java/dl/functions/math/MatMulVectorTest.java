package dl.functions.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * matmul with 1-d operands, NumPy's vector rule: (3) @ (3, 4), (2, 3) @ (3), (3) @ (3), batched.
 */
class MatMulVectorTest {
  /** a of shape {@code sa}, b of shape {@code sb}; the expected value by plain loops. */
  abstract static class Base extends FunctionTestCase {
    abstract int[] sa();

    abstract int[] sb();

    boolean transb() {
      return false;
    }

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, sa()), TestArray.uniform(rng, dtype, -1, 1, sb())
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.matmul(in[0], in[1], true, transb())};
    }

    /** Promotes a to (B, M, K) and b to (B, K, N) by index arithmetic and sums over K. */
    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      int[] a = sa();
      int[] b = sb();
      boolean rowA = a.length == 1;
      boolean colB = b.length == 1;
      int k = a[a.length - 1];
      int m = rowA ? 1 : a[a.length - 2];
      int n = colB ? 1 : transb() ? b[b.length - 2] : b[b.length - 1];
      int batch = a.length == 3 ? a[0] : b.length == 3 ? b[0] : 1;
      double[] out = new double[batch * m * n];
      for (int t = 0; t < batch; t++) {
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            double s = 0;
            for (int q = 0; q < k; q++) {
              double av = in[0].data()[(a.length == 3 ? t * m * k : 0) + i * k + q];
              int bi = colB ? q : transb() ? j * k + q : q * n + j;
              double bv = in[1].data()[(b.length == 3 ? t * k * n : 0) + bi];
              s += av * bv;
            }
            out[(t * m + i) * n + j] = s;
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), out, expectedShape())};
    }

    abstract int[] expectedShape();
  }

  /** (3) @ (3, 4) is (4); transa on a 1-d operand is ignored, as in Chainer. */
  @Nested
  class VectorMatrix extends Base {
    @Override
    int[] sa() {
      return new int[] {3};
    }

    @Override
    int[] sb() {
      return new int[] {3, 4};
    }

    @Override
    int[] expectedShape() {
      return new int[] {4};
    }
  }

  /** (2, 3) @ (3) is (2). */
  @Nested
  class MatrixVector extends Base {
    @Override
    int[] sa() {
      return new int[] {2, 3};
    }

    @Override
    int[] sb() {
      return new int[] {3};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.matmul(in[0], in[1])};
    }

    @Override
    int[] expectedShape() {
      return new int[] {2};
    }
  }

  /** (3) @ (3) is a 0-d scalar. */
  @Nested
  class VectorVector extends Base {
    @Override
    int[] sa() {
      return new int[] {3};
    }

    @Override
    int[] sb() {
      return new int[] {3};
    }

    @Override
    int[] expectedShape() {
      return new int[0];
    }
  }

  /** (3) @ (2, 4, 3)ᵀ is (2, 4): the vector broadcasts over the batch. */
  @Nested
  class VectorBatch extends Base {
    @Override
    int[] sa() {
      return new int[] {3};
    }

    @Override
    int[] sb() {
      return new int[] {2, 4, 3};
    }

    @Override
    boolean transb() {
      return true;
    }

    @Override
    int[] expectedShape() {
      return new int[] {2, 4};
    }
  }

  @Test
  void aHandWorkedVectorTimesMatrix() {
    Variable v = new Variable(NdArrays.of(new double[] {1, 2, 3}, 3));
    Variable w = new Variable(NdArrays.of(new double[] {1, 0, 0, 1, 1, 1, 2, 0, 0, 0, 3, 1}, 3, 4));
    // [1, 2, 3] @ [[1,0,0,1],[1,1,2,0],[0,0,3,1]] = [3, 2, 13, 4]
    Variable y = F.matmul(v, w);
    assertArrayEquals(new int[] {4}, y.shape());
    assertArrayEquals(new double[] {3, 2, 13, 4}, y.array().toDoubleArray(), 0);
  }
}
