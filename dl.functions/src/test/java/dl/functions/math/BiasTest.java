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

/** bias and scale with y aligned at axis 1 of x (2, 3, 4). */
class BiasTest {
  abstract static class Base extends FunctionTestCase {
    abstract int[] yShape();

    @Override
    protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
      return new TestArray[] {
        TestArray.uniform(rng, dtype, -1, 1, 2, 3, 4),
        TestArray.uniform(rng, dtype, -1, 1, yShape())
      };
    }

    /** y's value for the element (i, j, k) of x. */
    static double yAt(TestArray y, int j, int k) {
      return y.shape().length == 1 ? y.get(j) : y.get(j, k);
    }

    TestArray expected(TestArray[] in, boolean add) {
      double[] d = new double[24];
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 3; j++) {
          for (int k = 0; k < 4; k++) {
            double x = in[0].get(i, j, k);
            double y = yAt(in[1], j, k);
            d[(i * 3 + j) * 4 + k] = add ? x + y : x * y;
          }
        }
      }
      return new TestArray(d, in[0].shape(), in[0].dtype());
    }
  }

  @Nested
  class Bias1d extends Base {
    @Override
    int[] yShape() {
      return new int[] {3};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.bias(in[0], in[1])};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in, true)};
    }
  }

  @Nested
  class Scale2d extends Base {
    @Override
    int[] yShape() {
      return new int[] {3, 4};
    }

    @Override
    protected Variable[] forward(Variable[] in) {
      return new Variable[] {F.scale(in[0], in[1], 1)};
    }

    @Override
    protected TestArray[] forwardExpected(TestArray[] in) {
      return new TestArray[] {expected(in, false)};
    }
  }

  @Test
  void mismatchedShapeIsRefused() {
    Variable x = new Variable(NdArrays.of(new float[24], 2, 3, 4));
    Variable y = new Variable(NdArrays.of(new float[4], 4));
    assertThrows(InvalidTypeException.class, () -> F.bias(x, y));
    assertThrows(InvalidTypeException.class, () -> F.scale(x, y, 1));
  }
}
