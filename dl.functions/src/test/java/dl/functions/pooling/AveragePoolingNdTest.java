package dl.functions.pooling;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** average_pooling_1d/2d/nd against direct loops: padding as zeros (default) or ignored. */
class AveragePoolingNdTest {
  static TestArray u(SplittableRandom rng, DType t, int... shape) {
    return TestArray.uniform(rng, t, -1, 1, shape);
  }

  @Nested
  class Pool2dPadZero extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 2, 4, 5)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.averagePooling2d(in[0], 3, 2, 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaivePool.pool(in[0], 3, 2, 1, false, 1)};
    }
  }

  @Nested
  class Pool2dPadIgnored extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 1, 3, 4, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {
        F.averagePoolingNd(in[0], new int[] {3}, new int[] {2}, new int[] {1}, true)
      };
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaivePool.pool(in[0], 3, 2, 1, false, 2)};
    }
  }

  @Nested
  class Pool1d extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {u(rng, t, 2, 1, 6)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.averagePooling1d(in[0], 2, 2, 0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {NaivePool.pool(in[0], 2, 2, 0, false, 1)};
    }
  }

  @Test
  void kernelLargerThanPaddedInputIsRejected() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 1, 1, 2, 2));
    assertThrows(dl.api.InvalidTypeException.class, () -> F.averagePooling2d(x, 5, 1, 1));
  }
}
