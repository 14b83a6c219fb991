package dl.functions.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** linear with and without bias, and with a 4-d input flattened after the batch axis. */
class LinearTest {
  /** {@code x·Wᵀ (+ b)} in double for a 2-d view of x with {@code rows} rows. */
  static TestArray expected(TestArray x, TestArray w, TestArray b, int rows, int[] outShape) {
    int m = w.shape()[0];
    int k = w.shape()[1];
    double[] out = new double[rows * m];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < m; j++) {
        double s = b == null ? 0 : b.data()[j];
        for (int c = 0; c < k; c++) {
          s += x.data()[i * k + c] * w.data()[j * k + c];
        }
        out[i * m + j] = s;
      }
    }
    return new TestArray(out, outShape, x.dtype());
  }

  @Nested
  class WithBias extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 4, 3),
        TestArray.uniform(rng, dtype, -1, 1, 2, 3),
        TestArray.uniform(rng, dtype, -1, 1, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.linear(in[0], in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in[0], in[1], in[2], 4, new int[] {4, 2})};
    }
  }

  @Nested
  class NoBias extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 5, 3), TestArray.uniform(rng, dtype, -1, 1, 4, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.linear(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in[0], in[1], null, 5, new int[] {5, 4})};
    }
  }

  @Nested
  class FlattensTrailingAxes extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 1, 2, 3),
        TestArray.uniform(rng, dtype, -1, 1, 3, 6),
        TestArray.uniform(rng, dtype, -1, 1, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.linear(in[0], in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in[0], in[1], in[2], 2, new int[] {2, 3})};
    }
  }

  @Test
  void mismatchedInputSizeNamesBothSizes() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 10, 784));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.linear(x, w));
    assertEquals(
        "linear: invalid argument x (input 0)\nExpect: x.shape[1] == W.shape[1] (784)"
            + "\nActual: 3",
        e.getMessage());
  }

  @Test
  void integerInputIsRejected() {
    Variable x = new Variable(NdArrays.of(new int[] {1, 2}, 1, 2), null, false);
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 3, 2));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.linear(x, w));
    assertEquals(
        "linear: invalid argument x (input 0)\nExpect: x.dtype.kind == f"
            + "\nActual: x.dtype == int32",
        e.getMessage());
  }
}
