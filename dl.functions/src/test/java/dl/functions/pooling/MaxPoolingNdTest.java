package dl.functions.pooling;

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

/** max_pooling_1d/2d/3d/nd against direct loops, with and without cover_all and padding. */
class MaxPoolingNdTest {
  @Nested
  class Pool2dCoverAll extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {NaivePool.distinct(rng, t, 2, 2, 5, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.maxPooling2d(in[0], 2)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaivePool.pool(in[0], 2, 2, 0, true, 0)};
    }
  }

  @Nested
  class Pool2dOverlapPad extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {NaivePool.distinct(rng, t, 1, 3, 4, 5)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.maxPooling2d(in[0], 3, 2, 1, false)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaivePool.pool(in[0], 3, 2, 1, false, 0)};
    }
  }

  @Nested
  class Pool1d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {NaivePool.distinct(rng, t, 2, 2, 7)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.maxPooling1d(in[0], 3, 2, 0, true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaivePool.pool(in[0], 3, 2, 0, true, 0)};
    }
  }

  @Nested
  class Pool3d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {NaivePool.distinct(rng, t, 1, 2, 3, 4, 3)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.maxPooling3d(in[0], 2, 2, 0, true)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaivePool.pool(in[0], 2, 2, 0, true, 0)};
    }
  }

  @Test
  void coverAllIsTheDefault() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 5, 5));
    assertArrayEquals(new int[] {1, 1, 3, 3}, F.maxPooling2d(x, 2).shape());
    assertArrayEquals(new int[] {1, 1, 2, 2}, F.maxPooling2d(x, 2, 2, 0, false).shape());
  }

  @Test
  void kernelLargerThanInputIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.maxPooling2d(x, 3, 1, 0, true));
    assertTrue(e.getMessage().startsWith("max_pooling_nd: invalid argument x (input 0)"));
  }

  @Test
  void wrongNdimIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 4, 4));
    InvalidTypeException e = assertThrows(InvalidTypeException.class, () -> F.maxPooling2d(x, 2));
    assertTrue(e.getMessage().contains("Expect: x.ndim == 4"));
  }
}
