package dl.functions.math;

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

/** tensordot over the default two axes and over explicit pairs. */
class TensordotTest {
  @Nested
  class TwoAxes extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4), TestArray.uniform(rng, dtype, -1, 1, 3, 4, 2)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.tensordot(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[4];
      for (int i = 0; i < 2; i++) {
        for (int l = 0; l < 2; l++) {
          for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 4; k++) {
              d[i * 2 + l] += in[0].get(i, j, k) * in[1].get(j, k, l);
            }
          }
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {2, 2}, in[0].dtype())};
    }
  }

  @Nested
  class Pairs extends FunctionTestCase {
    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 3, 2), TestArray.uniform(rng, dtype, -1, 1, 4, 3)
      };
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.tensordot(in[0], in[1], new int[] {0}, new int[] {1})};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      double[] d = new double[8];
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 4; j++) {
          for (int k = 0; k < 3; k++) {
            d[i * 4 + j] += in[0].get(k, i) * in[1].get(j, k);
          }
        }
      }
      return new TestArray[] {new TestArray(d, new int[] {2, 4}, in[0].dtype())};
    }
  }

  @Test
  void mismatchedSizesAreRefused() {
    Variable a = new Variable(NdArrays.of(new float[6], 2, 3));
    Variable b = new Variable(NdArrays.of(new float[8], 4, 2));
    assertThrows(InvalidTypeException.class, () -> F.tensordot(a, b, 1));
    assertThrows(InvalidTypeException.class, () -> F.tensordot(a, b, 3));
  }
}
