package dl.functions.array;

import dl.api.DType;
import dl.api.NdArrays;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;

/** permutate along axis 1, direct and inverse, and a non-permutation. */
class PermutateTest {
  static final int[] P = {2, 0, 3, 1};

  abstract static class Base extends FunctionTestCase {
    abstract boolean inv();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 4)};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.permutate(in[0], NdArrays.of(P, 4), 1, inv())};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] o = new double[8];
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 4; j++) {
          if (inv()) {
            o[i * 4 + P[j]] = in[0].get(i, j);
          } else {
            o[i * 4 + j] = in[0].get(i, P[j]);
          }
        }
      }
      return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 4)};
    }
  }

  @Nested
  class Direct extends Base {
    @Override
    boolean inv() {
      return false;
    }
  }

  @Nested
  class Inverse extends Base {
    @Override
    boolean inv() {
      return true;
    }
  }

  @org.junit.jupiter.api.Test
  void notAPermutation() {
    Variable x = new Variable(NdArrays.zeros(DType.FLOAT32, 2, 3));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class,
            () -> F.permutate(x, NdArrays.of(new int[] {0, 0, 1}, 3), 1, false));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("permutate") && e.getMessage().contains("[0, 0, 1]"),
        e.getMessage());
  }
}
