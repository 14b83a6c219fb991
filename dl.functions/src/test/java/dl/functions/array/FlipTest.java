package dl.functions.array;

import dl.api.DType;
import dl.api.Variable;
import dl.functions.F;
import dl.testing.FunctionTestCase;
import dl.testing.TestArray;
import java.util.SplittableRandom;

/** flip along axis 1 (and a negative axis in the error test). */
class FlipTest extends FunctionTestCase {
  @Override
  protected TestArray[] generateInputs(DType dtype, SplittableRandom rng) {
    return new TestArray[] {TestArray.uniform(rng, dtype, -1, 1, 2, 3, 2)};
  }

  @Override
  protected Variable[] forward(Variable[] in) {
    return new Variable[] {F.flip(in[0], 1)};
  }

  @Override
  protected TestArray[] forwardExpected(TestArray[] in) {
    double[] o = new double[12];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 2; k++) {
          o[(i * 3 + j) * 2 + k] = in[0].get(i, 2 - j, k);
        }
      }
    }
    return new TestArray[] {TestArray.of(in[0].dtype(), o, 2, 3, 2)};
  }

  @org.junit.jupiter.api.Test
  void axisOutOfRange() {
    Variable x = new Variable(dl.api.NdArrays.zeros(DType.FLOAT32, 2, 3));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dl.api.InvalidTypeException.class, () -> F.flip(x, 2));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("flip") && e.getMessage().contains("axis == 2"), e.getMessage());
  }
}
