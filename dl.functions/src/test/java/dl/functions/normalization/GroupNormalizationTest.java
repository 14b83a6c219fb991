package dl.functions.normalization;

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

/** group_normalization against per-group loops. */
class GroupNormalizationTest {
  static TestArray u(SplittableRandom rng, DType t, double lo, double hi, int... shape) {
    return TestArray.uniform(rng, t, lo, hi, shape);
  }

  @Nested
  class Group extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType t, SplittableRandom rng) {
      return new TestArray[] {
        u(rng, t, -1, 1, 2, 4, 3), u(rng, t, 0.5, 1.5, 4), u(rng, t, -1, 1, 4)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.groupNormalization(in[0], 2, in[1], in[2])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      // (2, 4, 3) with 2 groups: blocks of 2 channels × 3 positions = 6 consecutive elements
      double[] y = LayerNormalizationTest.standardize(in[0].data(), 6, 1e-5);
      for (int i = 0; i < y.length; i++) {
        int c = (i / 3) % 4;
        y[i] = y[i] * in[1].data()[c] + in[2].data()[c];
      }
      return new TestArray[] {new TestArray(y, in[0].shape(), in[0].dtype())};
    }
  }

  @Test
  void groupsMustDivideChannels() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3, 4));
    Variable g = new Variable(NdArrays.zeros(DType.FLOAT32, 3));
    InvalidTypeException e =
        assertThrows(InvalidTypeException.class, () -> F.groupNormalization(x, 2, g, g));
    assertTrue(e.getMessage().contains("x.shape[1] divisible by groups (2)"));
  }
}
