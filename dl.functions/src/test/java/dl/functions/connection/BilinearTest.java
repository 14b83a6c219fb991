package dl.functions.connection;

import static dl.functions.connection.ConvolutionNdTest.u;
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

/** bilinear with and without the linear terms, against a triple loop. */
class BilinearTest {
  static TestArray expected(TestArray[] in) {
    int n = in[0].shape()[0];
    int j = in[2].shape()[0];
    int k = in[2].shape()[1];
    int l = in[2].shape()[2];
    double[] y = new double[n * l];
    for (int a = 0; a < n; a++) {
      for (int c = 0; c < l; c++) {
        double s = in.length == 6 ? in[5].data()[c] : 0;
        for (int p = 0; p < j; p++) {
          for (int q = 0; q < k; q++) {
            s +=
                in[0].data()[a * j + p]
                    * in[1].data()[a * k + q]
                    * in[2].data()[(p * k + q) * l + c];
          }
          s += in.length == 6 ? in[0].data()[a * j + p] * in[3].data()[p * l + c] : 0;
        }
        for (int q = 0; q < k && in.length == 6; q++) {
          s += in[1].data()[a * k + q] * in[4].data()[q * l + c];
        }
        y[a * l + c] = s;
      }
    }
    return new TestArray(y, new int[] {n, l}, in[0].dtype());
  }

  @Nested
  class Full extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        u(rng, t, 3, 2),
        u(rng, t, 3, 4),
        u(rng, t, 2, 4, 3),
        u(rng, t, 2, 3),
        u(rng, t, 4, 3),
        u(rng, t, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.bilinear(in[0], in[1], in[2], in[3], in[4], in[5])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in)};
    }
  }

  @Nested
  class NoLinearTerms extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 3), u(rng, t, 2, 2), u(rng, t, 3, 2, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.bilinear(in[0], in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in)};
    }
  }

  @Test
  void mismatchedWIsRejected() {
    Variable e1 = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable e2 = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 4));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 3, 5, 2));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.bilinear(e1, e2, w));
    assertTrue(e.getMessage().startsWith("bilinear: invalid argument e2 (input 1)"));
  }
}
