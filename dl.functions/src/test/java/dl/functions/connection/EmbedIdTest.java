package dl.functions.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** embed_id: row lookup by loops, ignored ids give zero rows and no gradient. */
class EmbedIdTest {
  static TestArray lookup(TestArray x, TestArray w, Integer ignore) {
    int d = w.shape()[1];
    double[] y = new double[x.size() * d];
    for (int i = 0; i < x.size(); i++) {
      int id = (int) x.data()[i];
      for (int j = 0; j < d; j++) {
        y[i * d + j] = ignore != null && id == ignore ? 0 : w.data()[id * d + j];
      }
    }
    int[] shape = java.util.Arrays.copyOf(x.shape(), x.shape().length + 1);
    shape[shape.length - 1] = d;
    return new TestArray(y, shape, w.dtype());
  }

  @Nested
  class Plain extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.integers(rng, 0, 5, 2, 3), TestArray.uniform(rng, t, -1, 1, 5, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.embedId(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {lookup(in[0], in[1], null)};
    }
  }

  @Nested
  class IgnoreLabel extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      TestArray ids = TestArray.of(DType.INT32, new double[] {1, -1, 3, 3, -1, 0}, 6);
      return new TestArray[] {ids, TestArray.uniform(rng, t, -1, 1, 4, 2)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.embedId(in[0], in[1], -1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {lookup(in[0], in[1], -1)};
    }
  }

  @Test
  void ignoredRowsGetNoGradient() {
    Variable ids = new Variable(NdArrays.of(new int[] {2, -1, 2}, 3), null, false);
    Variable w = new Variable(NdArrays.ones(DType.FLOAT64, 3, 2));
    F.sum(F.embedId(ids, w, -1)).backward();
    assertArrayEquals(new double[] {0, 0, 0, 0, 2, 2}, w.grad().toDoubleArray(), 0);
  }

  @Test
  void outOfRangeIdIsRejected() {
    Variable ids = new Variable(NdArrays.of(new int[] {5}, 1), null, false);
    Variable w = new Variable(NdArrays.zeros(DType.FLOAT32, 3, 2));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.embedId(ids, w));
    assertTrue(e.getMessage().contains("Actual: x == 5"));
  }
}
