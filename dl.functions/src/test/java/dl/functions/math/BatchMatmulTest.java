package dl.functions.math;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** batch_matmul of 3-d batches, and of 2-d batches of vectors with a transpose (dot products). */
class BatchMatmulTest {
  @Nested
  class Matrices extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4), TestArray.uniform(rng, dtype, -1, 1, 2, 4, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.batchMatmul(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[12];
      for (int b = 0; b < 2; b++) {
        for (int i = 0; i < 3; i++) {
          for (int j = 0; j < 2; j++) {
            for (int k = 0; k < 4; k++) {
              d[(b * 3 + i) * 2 + j] += in[0].get(b, i, k) * in[1].get(b, k, j);
            }
          }
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {2, 3, 2}, in[0].dtype())};
    }
  }

  @Nested
  class VectorsTransposed extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3), TestArray.uniform(rng, dtype, -1, 1, 2, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.batchMatmul(in[0], in[1], true, false)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[2];
      for (int b = 0; b < 2; b++) {
        for (int k = 0; k < 3; k++) {
          d[b] += in[0].get(b, k) * in[1].get(b, k);
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {2, 1, 1}, in[0].dtype())};
    }
  }
}
