package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** repeat with one count on axis 1, per-element counts on axis 0, and flattened (axis none). */
class RepeatTest {
  abstract static class Base extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3)};
    }
  }

  @Nested
  class Scalar extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.repeat(in[0], 2, 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[12];
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 6; j++) {
          o[i * 6 + j] = in[0].get(i, j / 2);
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 6)};
    }
  }

  @Nested
  class PerElement extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.repeat(in[0], new int[] {0, 3}, 0)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[9];
      for (int r = 0; r < 3; r++) {
        for (int j = 0; j < 3; j++) {
          o[r * 3 + j] = in[0].get(1, j);
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 3, 3)};
    }
  }

  @Nested
  class Flattened extends Base {
    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.repeat(in[0], new int[] {2}, null)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[12];
      for (int k = 0; k < 12; k++) {
        o[k] = in[0].data()[k / 2];
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 12)};
    }
  }

  @org.junit.jupiter.api.Test
  void negativeRepeats() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    org.junit.jupiter.api.Assertions.assertThrows(
        dl.api.InvalidTypeException.class, () -> F.repeat(x, -1, 0));
  }
}
